-- Seed 003's customer chart keeps hearing notes (ヒアリング) and trouble history (トラブル) on the customer's
-- timeline: two activity types of their own, so the timeline's type filter and the health score's "activities of a
-- kind in N days" can count them. Admins may rename or retire them like any other type.
update activity_option set position = position + 2 where kind = 'type' and name = 'その他';
insert into activity_option (id, kind, name, name_en, is_call, position)
select gen_random_uuid(), 'type', v.name, v.name_en, false, v.position
from (values ('ヒアリング', 'Hearing', 5), ('トラブル', 'Trouble', 6)) as v(name, name_en, position)
where not exists (select 1 from activity_option o where o.kind = 'type' and o.name = v.name);
