-- A won stage a deal reaches by itself when its order is delivered (納品) or fully paid (入金): commerce moves the
-- deal there, so the board shows where the money stands without a second drag. Null: moved by hand only.
alter table pipeline_stage add column reached_on varchar(10)
    check (reached_on is null or (reached_on in ('delivery', 'payment') and kind = 'won'));

-- At most one stage of a pipeline for each (Pipelines checks it first and names the field).
create unique index pipeline_stage_reached_on_idx on pipeline_stage (pipeline_id, reached_on)
    where reached_on is not null and not retired;

-- Pipelines made before this: their won stages named 納品 and 入金 (seed 004's process, the sample pipeline).
update pipeline_stage s set reached_on = 'delivery'
 where s.kind = 'won' and s.name = '納品' and not s.retired
   and not exists (select 1 from pipeline_stage o where o.pipeline_id = s.pipeline_id and o.id <> s.id
                   and o.kind = 'won' and o.name = '納品' and not o.retired);
update pipeline_stage s set reached_on = 'payment'
 where s.kind = 'won' and s.name = '入金' and not s.retired
   and not exists (select 1 from pipeline_stage o where o.pipeline_id = s.pipeline_id and o.id <> s.id
                   and o.kind = 'won' and o.name = '入金' and not o.retired);
