-- Dashboards people build from saved reports (issue 22): private, or shared with a team (its members and manager).
create table dashboard (
    id         uuid primary key,
    name       text        not null,
    owner_id   uuid        not null,
    team_id    uuid,
    created_at timestamptz not null default now()
);
create index dashboard_owner_idx on dashboard (owner_id, name, id);
create index dashboard_team_idx on dashboard (team_id, name, id) where team_id is not null;

-- A tile is a saved report at a place on the grid; deleting the report removes its tiles.
create table dashboard_tile (
    dashboard_id uuid    not null references dashboard (id) on delete cascade,
    report_id    uuid    not null references report (id) on delete cascade,
    position     integer not null,
    primary key (dashboard_id, report_id)
);
create index dashboard_tile_report_idx on dashboard_tile (report_id);
