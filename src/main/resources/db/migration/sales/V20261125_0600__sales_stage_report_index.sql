-- The stage report (time in stage, conversion) reads one pipeline's moves in a period.
create index deal_stage_change_pipeline_idx on deal_stage_change (pipeline_id, changed_at);
