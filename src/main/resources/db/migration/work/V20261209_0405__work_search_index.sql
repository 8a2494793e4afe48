-- The header search finds tasks by title and playbooks by name, folded.
create index task_title_fold_trgm on task using gin (kz_fold(title) gin_trgm_ops);
create index playbook_name_fold_trgm on playbook using gin (kz_fold(name) gin_trgm_ops);
