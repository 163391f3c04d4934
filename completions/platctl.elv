
use builtin;
use str;

set edit:completion:arg-completer[platctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'platctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'platctl'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Make a new catalog: platctl.yaml with commented defaults and the directories'
            cand lint 'Check the catalog: schemas, references, lifecycle policy, dates'
            cand explain 'Explain a lint rule: why it exists, an example that breaks it, the fix'
            cand intake 'File, list, deduplicate and triage requests from product teams'
            cand capability 'The capability catalog: list, show, release readiness'
            cand team 'Teams: list them, add one'
            cand service 'Services: list them, add one, record what it adopted'
            cand roadmap 'The quarterly roadmap'
            cand report 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
            cand kpi 'KPIs for a period: value, target, status, change; --trend over history'
            cand deprecation 'Deprecations and their migrations'
            cand exception 'Time-bound exceptions to platform standards'
            cand scorecard 'Scorecards: each entity''s level against a standard, what it needs next, trends'
            cand campaign 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date'
            cand status 'What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs'
            cand changelog 'What changed in the catalog between two revisions, as release notes'
            cand import 'Import another catalog: Backstage, OpsLevel or Cortex files'
            cand export 'Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)'
            cand site 'The portal: a static website of the whole catalog, for any static file host'
            cand schema 'Write a JSON Schema for every kind of file, for editors and other tools'
            cand completions 'Print shell completions'
            cand man 'Write man pages'
            cand search 'Find anything in the catalog by id, name, summary, title or team'
            cand show 'One entity of any kind: capability, service, team, deprecation, exception, request'
            cand mcp 'Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;init'= {
            cand --name 'The platform''s name, shown in report titles (default: the directory''s name)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --example 'Add a small sample: two teams, services, capabilities, a roadmap quarter, a request'
            cand --no-git 'Do not run `git init` when the directory is in no repository'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;lint'= {
            cand --format 'Output format'
            cand --changed-since 'Report only findings in files that differ from this git revision'
            cand --rule 'Set a rule''s level for this run: ID=error|warning|off (repeatable)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --deny-warnings 'Exit 1 on warnings too'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;explain'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand new 'File a request: questions on a terminal, flags in scripts'
            cand list 'List requests with their RICE score and age'
            cand show 'Everything about one request: fields, RICE, linked capability and roadmap item'
            cand similar 'Requests most like one request, or like a text: duplicate candidates'
            cand triage 'Route a request and set its status; keeps the rest of the file as written'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;intake;new'= {
            cand --title 'One line: what is asked'
            cand --team 'The requesting team (an id from teams/)'
            cand --type 'capability | enhancement | onboarding | support | docs | bug | other (default other)'
            cand --problem 'The problem, not the solution (several lines are fine)'
            cand --outcome 'What success looks like (optional)'
            cand --urgency 'low | medium | high | critical (default medium)'
            cand --reach 'Teams affected, an integer >= 1 (default 1)'
            cand --impact '0.25 | 0.5 | 1 | 2 | 3 (default 1)'
            cand --confidence '0 < c <= 1 (default 0.5)'
            cand --effort 'Person-weeks, > 0 (optional; RICE needs it)'
            cand --capability 'The capability it relates to (an id from capabilities/, optional)'
            cand --contact 'Who to ask: an address or a channel (optional)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -y 'Ask nothing: take flags and defaults, continue past duplicate candidates'
            cand --yes 'Ask nothing: take flags and defaults, continue past duplicate candidates'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake;list'= {
            cand --status 'Only these statuses (comma-separated or repeated) [default: the open ones: new, triaged, accepted]'
            cand --team 'Only requests from this team'
            cand --type 'Only these types (comma-separated or repeated)'
            cand --sort 'Order of the rows'
            cand --format 'format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --all 'Every request, closed ones (done, declined, duplicate) included'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake;show'= {
            cand --format 'format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake;similar'= {
            cand --text 'A text to compare with every request instead'
            cand --limit 'At most this many requests'
            cand --min-score 'Lowest score shown, 0..1'
            cand --format 'format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake;triage'= {
            cand --route 'Where it goes: backlog | support | docs | custom'
            cand --status 'The new status (default triaged; duplicate when --duplicate-of is given)'
            cand --duplicate-of 'The request this one duplicates (sets status duplicate)'
            cand --roadmap-item 'The roadmap item that will deliver it'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --reopen 'Change a closed request (done, declined, duplicate); a status that is not closed clears its `resolved` date, and any status but duplicate its `duplicate_of`'
            cand -y 'Ask nothing: --route is then required'
            cand --yes 'Ask nothing: --route is then required'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake;help'= {
            cand new 'File a request: questions on a terminal, flags in scripts'
            cand list 'List requests with their RICE score and age'
            cand show 'Everything about one request: fields, RICE, linked capability and roadmap item'
            cand similar 'Requests most like one request, or like a text: duplicate candidates'
            cand triage 'Route a request and set its status; keeps the rest of the file as written'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;intake;help;new'= {
        }
        &'platctl;intake;help;list'= {
        }
        &'platctl;intake;help;show'= {
        }
        &'platctl;intake;help;similar'= {
        }
        &'platctl;intake;help;triage'= {
        }
        &'platctl;intake;help;help'= {
        }
        &'platctl;capability'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List capabilities with their adopters, eligible services and adoption rate'
            cand show 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
            cand readiness 'The release-readiness checklist: exits 1 when a `ga` capability is not ready'
            cand new 'Add a capability to the catalog (asks on a terminal)'
            cand set-lifecycle 'Move a capability to another lifecycle stage (proposed … ga … retired)'
            cand edit 'Change a capability''s name, summary, owner, category, docs, runbook or review date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;capability;list'= {
            cand --lifecycle 'Only these lifecycles (repeat or separate with commas)'
            cand --owner 'Only capabilities owned by this team'
            cand --category 'Only this category'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --golden-path 'Only capabilities on the golden path'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;capability;show'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;capability;readiness'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --all 'Check every `ga` capability'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;capability;new'= {
            cand --name 'The capability''s name'
            cand --summary 'One line: what it gives its users'
            cand --owner 'The owning team''s id'
            cand --id 'The id [default: the name as a slug]'
            cand --lifecycle 'Where it starts [default: proposed]'
            cand --category 'A category slug: delivery, runtime, identity, data, observability, security, ...'
            cand --docs 'Documentation URL'
            cand --runbook 'Runbook URL'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -y 'Ask nothing: fail on a missing required flag'
            cand --yes 'Ask nothing: fail on a missing required flag'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;capability;set-lifecycle'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;capability;edit'= {
            cand --name 'The name'
            cand --summary 'One line: what it gives its users'
            cand --owner 'The owning team''s id'
            cand --category 'A category slug (empty: remove)'
            cand --docs 'Documentation URL (empty: remove)'
            cand --runbook 'Runbook URL (empty: remove)'
            cand --security-review 'Date of the last security review, YYYY-MM-DD (empty: remove)'
            cand --golden-path 'Part of the paved road'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;capability;help'= {
            cand list 'List capabilities with their adopters, eligible services and adoption rate'
            cand show 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
            cand readiness 'The release-readiness checklist: exits 1 when a `ga` capability is not ready'
            cand new 'Add a capability to the catalog (asks on a terminal)'
            cand set-lifecycle 'Move a capability to another lifecycle stage (proposed … ga … retired)'
            cand edit 'Change a capability''s name, summary, owner, category, docs, runbook or review date'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;capability;help;list'= {
        }
        &'platctl;capability;help;show'= {
        }
        &'platctl;capability;help;readiness'= {
        }
        &'platctl;capability;help;new'= {
        }
        &'platctl;capability;help;set-lifecycle'= {
        }
        &'platctl;capability;help;edit'= {
        }
        &'platctl;capability;help;help'= {
        }
        &'platctl;team'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List teams with how many services they run and capabilities they own'
            cand new 'Add a team (asks on a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;team;list'= {
            cand --type 'Only teams of these types (repeat or separate with commas)'
            cand --parent 'Only the teams directly under this one'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;team;new'= {
            cand --name 'The team''s name, as people say it'
            cand --id 'The id [default: team-<name as a slug>]'
            cand --type 'What kind of team it is [default: other]'
            cand --contact 'A channel or address to reach the team, e.g. "#devex"'
            cand --parent 'The team it is part of (a team id), for roll-ups'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -y 'Ask nothing: fail on a missing required flag'
            cand --yes 'Ask nothing: fail on a missing required flag'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;team;help'= {
            cand list 'List teams with how many services they run and capabilities they own'
            cand new 'Add a team (asks on a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;team;help;list'= {
        }
        &'platctl;team;help;new'= {
        }
        &'platctl;team;help;help'= {
        }
        &'platctl;service'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List services: team, tier, status, system and how many capabilities each adopted'
            cand new 'Add a service (asks on a terminal)'
            cand adopt 'Record that a service adopted a capability (added to its `uses`, with `since`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;service;list'= {
            cand --team 'Only services of these teams (repeat or separate with commas)'
            cand --tier 'Only these tiers (repeat or separate with commas)'
            cand --status 'Only services with these statuses'
            cand --system 'Only services of this system'
            cand --uses 'Only services that adopted this capability'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;service;new'= {
            cand --name 'The service''s name'
            cand --team 'The owning team''s id'
            cand --id 'The id [default: the name as a slug]'
            cand --tier '1 is the most critical, 3 the least [default: 2]'
            cand --created 'When the repository was created, YYYY-MM-DD [default: today]'
            cand --first-deploy 'The first deploy to a non-production environment, YYYY-MM-DD'
            cand --description 'One line: what the service does'
            cand --system 'The system it belongs to (a slug, e.g. checkout)'
            cand --lifecycle 'Its own lifecycle stage (a slug, e.g. production, experimental)'
            cand --repo 'The repository''s URL'
            cand --docs 'Documentation URL'
            cand --runbook 'Runbook URL'
            cand --oncall 'Where pages go, e.g. pagerduty:payments'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -y 'Ask nothing: fail on a missing required flag'
            cand --yes 'Ask nothing: fail on a missing required flag'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;service;adopt'= {
            cand --since 'When it adopted it, YYYY-MM-DD [default: today]'
            cand --version 'The interface version it uses, e.g. v2'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;service;help'= {
            cand list 'List services: team, tier, status, system and how many capabilities each adopted'
            cand new 'Add a service (asks on a terminal)'
            cand adopt 'Record that a service adopted a capability (added to its `uses`, with `since`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;service;help;list'= {
        }
        &'platctl;service;help;new'= {
        }
        &'platctl;service;help;adopt'= {
        }
        &'platctl;service;help;help'= {
        }
        &'platctl;roadmap'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List a quarter''s items with theme, owner, commitment and status'
            cand item 'Change the roadmap: add an item, set its status, deliver it, slip it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;list'= {
            cand --quarter 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;roadmap;item'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand new 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)'
            cand set-status 'Set an item''s status: planned, in-progress, at-risk or dropped'
            cand deliver 'Mark an item delivered, on a date (default: today)'
            cand slip 'Mark an item slipped to a later quarter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;item;new'= {
            cand --quarter 'The quarter, YYYY-Qn [default: the quarter that holds today]'
            cand --title 'What will be delivered, in one line'
            cand --owner 'The owning team''s id'
            cand --id 'The item''s id [default: the title as a slug]'
            cand --theme 'A theme id of the quarter'
            cand --capability 'The capability it builds or changes'
            cand --commitment 'committed (counts for predictability) or stretch'
            cand --effort 'Person-weeks'
            cand --outcome 'A measurable outcome'
            cand --kpi 'The KPI it should move'
            cand --depends-on 'Roadmap items it depends on (comma-separated)'
            cand --intake 'Intake requests it answers (comma-separated)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -y 'Ask nothing: fail on a missing required flag'
            cand --yes 'Ask nothing: fail on a missing required flag'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;roadmap;item;set-status'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;roadmap;item;deliver'= {
            cand --on 'The delivery date, YYYY-MM-DD [default: today]'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;roadmap;item;slip'= {
            cand --to 'The quarter it slips to, YYYY-Qn'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;roadmap;item;help'= {
            cand new 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)'
            cand set-status 'Set an item''s status: planned, in-progress, at-risk or dropped'
            cand deliver 'Mark an item delivered, on a date (default: today)'
            cand slip 'Mark an item slipped to a later quarter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;item;help;new'= {
        }
        &'platctl;roadmap;item;help;set-status'= {
        }
        &'platctl;roadmap;item;help;deliver'= {
        }
        &'platctl;roadmap;item;help;slip'= {
        }
        &'platctl;roadmap;item;help;help'= {
        }
        &'platctl;roadmap;help'= {
            cand list 'List a quarter''s items with theme, owner, commitment and status'
            cand item 'Change the roadmap: add an item, set its status, deliver it, slip it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;help;list'= {
        }
        &'platctl;roadmap;help;item'= {
            cand new 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)'
            cand set-status 'Set an item''s status: planned, in-progress, at-risk or dropped'
            cand deliver 'Mark an item delivered, on a date (default: today)'
            cand slip 'Mark an item slipped to a later quarter'
        }
        &'platctl;roadmap;help;item;new'= {
        }
        &'platctl;roadmap;help;item;set-status'= {
        }
        &'platctl;roadmap;help;item;deliver'= {
        }
        &'platctl;roadmap;help;item;slip'= {
        }
        &'platctl;roadmap;help;help'= {
        }
        &'platctl;report'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand roadmap 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
            cand catalog 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
            cand kpi 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
            cand scorecard 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;report;roadmap'= {
            cand --quarter 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today'
            cand --format 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON'
            cand -o 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)'
            cand --output 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;report;catalog'= {
            cand --format 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON'
            cand -o 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)'
            cand --output 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;report;kpi'= {
            cand --period 'The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today'
            cand --format 'Output format (default: md)'
            cand -o 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)'
            cand --output 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;report;scorecard'= {
            cand --format 'Output format (default: md)'
            cand -o 'Write to this file instead of stdout'
            cand --output 'Write to this file instead of stdout'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;report;help'= {
            cand roadmap 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
            cand catalog 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
            cand kpi 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
            cand scorecard 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;report;help;roadmap'= {
        }
        &'platctl;report;help;catalog'= {
        }
        &'platctl;report;help;kpi'= {
        }
        &'platctl;report;help;scorecard'= {
        }
        &'platctl;report;help;help'= {
        }
        &'platctl;kpi'= {
            cand --period 'The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today'
            cand --format 'Output format (default: table)'
            cand --rev 'Read the catalog as it is at this git revision instead of the working tree'
            cand --since 'With --trend: the first period (default: the last four quarters, or twelve months)'
            cand --every 'With --trend: a row per quarter or per month (default: quarter)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --trend 'A row per period per KPI, from --since to --period'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;deprecation'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand new 'Announce a deprecation: consumers are filled from the services that use it, all pending'
            cand list 'List deprecations: state, progress, days to sunset, who is left by team'
            cand show 'One deprecation: consumers with status, exceptions, and a burn-down from git history'
            cand migrate 'Set the migration status of consumers (keeps the file''s comments)'
            cand update 'Change a deprecation''s own fields: status, sunset, replacement, migration guide'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;deprecation;new'= {
            cand --capability 'The capability that goes away'
            cand --interface 'Only this interface version goes away (e.g. v1); consumers are the services using that version'
            cand --replacement 'The capability consumers move to'
            cand --announced 'Announcement date, YYYY-MM-DD [default: today]'
            cand --sunset 'The day after which it is gone, YYYY-MM-DD [default: announced + policy deprecation_min_notice_days]'
            cand --migration-guide 'Where consumers learn how to move (a URL)'
            cand --id 'The deprecation''s id [default: <capability>-<interface>, or <capability>-sunset]'
            cand --reason 'Why the notice is shorter than the policy''s, written into the file'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --force 'Accept a sunset sooner than the policy''s notice (needs --reason)'
            cand -y 'Ask nothing: take defaults, fail on a missing required flag'
            cand --yes 'Ask nothing: take defaults, fail on a missing required flag'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;deprecation;list'= {
            cand --state 'Only these states (repeat or separate with commas)'
            cand --capability 'Only deprecations of this capability'
            cand --team 'Only deprecations where this team still has consumers to move'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;deprecation;show'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;deprecation;migrate'= {
            cand --status 'Their new status'
            cand --exception 'The exception that allows an `exempt` consumer to stay (EXC-…)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;deprecation;update'= {
            cand --status 'The deprecation''s status'
            cand --sunset 'A new sunset, YYYY-MM-DD'
            cand --replacement 'The capability consumers move to'
            cand --migration-guide 'Where consumers learn how to move (a URL)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;deprecation;help'= {
            cand new 'Announce a deprecation: consumers are filled from the services that use it, all pending'
            cand list 'List deprecations: state, progress, days to sunset, who is left by team'
            cand show 'One deprecation: consumers with status, exceptions, and a burn-down from git history'
            cand migrate 'Set the migration status of consumers (keeps the file''s comments)'
            cand update 'Change a deprecation''s own fields: status, sunset, replacement, migration guide'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;deprecation;help;new'= {
        }
        &'platctl;deprecation;help;list'= {
        }
        &'platctl;deprecation;help;show'= {
        }
        &'platctl;deprecation;help;migrate'= {
        }
        &'platctl;deprecation;help;update'= {
        }
        &'platctl;deprecation;help;help'= {
        }
        &'platctl;exception'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand new 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy'
            cand list 'List exceptions with their state and days left'
            cand show 'One exception: what it waives, for whom, its state, and the deprecations it exempts'
            cand approve 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires'
            cand reject 'Reject a requested exception'
            cand revoke 'Revoke an exception before it expires'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;exception;new'= {
            cand --title 'One line: what is waived, for whom, until what'
            cand --standard 'The standard waived: a capability id'
            cand --team 'The team that asks'
            cand --service 'The service concerned (optional)'
            cand --reason 'Why the standard cannot be met now'
            cand --risk 'low, medium or high'
            cand --compensating-controls 'What reduces the risk meanwhile (optional)'
            cand --expires 'The last day it holds, YYYY-MM-DD (required: every exception ends)'
            cand --requested 'Request date, YYYY-MM-DD [default: today]'
            cand --approved-by 'Record it as approved by this person (e.g. "Security: J. Doe")'
            cand --granted 'With --approved-by: the grant date, YYYY-MM-DD [default: today]'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -y 'Ask nothing: take defaults, fail on a missing required flag'
            cand --yes 'Ask nothing: take defaults, fail on a missing required flag'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;exception;list'= {
            cand --expiring 'Only approved exceptions that expire within DAYS from today (not yet expired)'
            cand --state 'Only these states (repeat or separate with commas)'
            cand --standard 'Only exceptions to this standard (a capability id)'
            cand --team 'Only exceptions of this team'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;exception;show'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;exception;approve'= {
            cand --by 'Who approves (e.g. "Security: J. Doe")'
            cand --expires 'A new expiry, YYYY-MM-DD'
            cand --granted 'The grant date, YYYY-MM-DD [default: today]'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;exception;reject'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;exception;revoke'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Check and print the file instead of writing it'
            cand --commit 'Also commit the file it writes (and only it) to git'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;exception;help'= {
            cand new 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy'
            cand list 'List exceptions with their state and days left'
            cand show 'One exception: what it waives, for whom, its state, and the deprecations it exempts'
            cand approve 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires'
            cand reject 'Reject a requested exception'
            cand revoke 'Revoke an exception before it expires'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;exception;help;new'= {
        }
        &'platctl;exception;help;list'= {
        }
        &'platctl;exception;help;show'= {
        }
        &'platctl;exception;help;approve'= {
        }
        &'platctl;exception;help;reject'= {
        }
        &'platctl;exception;help;revoke'= {
        }
        &'platctl;exception;help;help'= {
        }
        &'platctl;scorecard'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Each scorecard: applies to, entities scored, counts per level, median, progress, target'
            cand show 'One scorecard: each entity''s level, score and failing rules; --trend over git history'
            cand check 'Why an entity is at its level, each rule''s outcome and the next step; a CI gate with --min-level'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;scorecard;list'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;scorecard;show'= {
            cand --team 'Only entities of this team and of the teams below it (through `parent`)'
            cand --level 'Only entities at this level (`none` for below the first)'
            cand --since 'With --trend: the first period (2026-Q1 or 2026-01); default four quarters back'
            cand --every 'With --trend: one point per quarter or per month'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --trend 'Counts per level at each period end, from git history'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;scorecard;check'= {
            cand --scorecard 'Only this scorecard (default: every scorecard for the entity''s kind)'
            cand --min-level 'Exit 1 unless the entity is at this level or above'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;scorecard;help'= {
            cand list 'Each scorecard: applies to, entities scored, counts per level, median, progress, target'
            cand show 'One scorecard: each entity''s level, score and failing rules; --trend over git history'
            cand check 'Why an entity is at its level, each rule''s outcome and the next step; a CI gate with --min-level'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;scorecard;help;list'= {
        }
        &'platctl;scorecard;help;show'= {
        }
        &'platctl;scorecard;help;check'= {
        }
        &'platctl;scorecard;help;help'= {
        }
        &'platctl;campaign'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Each campaign: scorecard, rules, due date, progress, overdue'
            cand show 'One campaign: progress, entities left with their team, a weekly burn-up from git history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;campaign;list'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;campaign;show'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;campaign;help'= {
            cand list 'Each campaign: scorecard, rules, due date, progress, overdue'
            cand show 'One campaign: progress, entities left with their team, a weekly burn-up from git history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;campaign;help;list'= {
        }
        &'platctl;campaign;help;show'= {
        }
        &'platctl;campaign;help;help'= {
        }
        &'platctl;status'= {
            cand --team 'Only what one team owns or asked for (a team id)'
            cand --format 'Output format: a ranked table, Markdown with headings (a weekly post), or JSON'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'platctl;changelog'= {
            cand --from 'The older revision (default: the last tag before --to, else the first commit)'
            cand --to 'The newer revision, or `worktree` for the files as they are now (default: HEAD)'
            cand --format 'Output format (default: md)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;import'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand backstage 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources'
            cand opslevel 'Import OpsLevel opslevel.yml files: services and their owners'
            cand cortex 'Import Cortex cortex.yaml entity descriptors: services and teams'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;import;backstage'= {
            cand --format 'Output format of the report'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Print what would change, as a diff, and write nothing'
            cand --commit 'Commit the files written (and only them) in one commit'
            cand --prune 'Remove files import created whose entity is gone from the source'
            cand --no-cache 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;import;opslevel'= {
            cand --format 'Output format of the report'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Print what would change, as a diff, and write nothing'
            cand --commit 'Commit the files written (and only them) in one commit'
            cand --prune 'Remove files import created whose entity is gone from the source'
            cand --no-cache 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;import;cortex'= {
            cand --format 'Output format of the report'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --dry-run 'Print what would change, as a diff, and write nothing'
            cand --commit 'Commit the files written (and only them) in one commit'
            cand --prune 'Remove files import created whose entity is gone from the source'
            cand --no-cache 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;import;help'= {
            cand backstage 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources'
            cand opslevel 'Import OpsLevel opslevel.yml files: services and their owners'
            cand cortex 'Import Cortex cortex.yaml entity descriptors: services and teams'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;import;help;backstage'= {
        }
        &'platctl;import;help;opslevel'= {
        }
        &'platctl;import;help;cortex'= {
        }
        &'platctl;import;help;help'= {
        }
        &'platctl;export'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand backstage 'Backstage entities: one file per team, service and capability, plus a Location'
            cand tables 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;export;backstage'= {
            cand -o 'The directory to write (replaced whole)'
            cand --output 'The directory to write (replaced whole)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;export;tables'= {
            cand -o 'The directory to write into (made when missing; files in it are replaced)'
            cand --output 'The directory to write into (made when missing; files in it are replaced)'
            cand --format 'File format'
            cand --since 'The first period of history: a quarter (2025-Q1) or a month (2026-01)'
            cand --every 'A set of rows per quarter or per month (default: quarter, or month when --since is a month)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;export;help'= {
            cand backstage 'Backstage entities: one file per team, service and capability, plus a Location'
            cand tables 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;export;help;backstage'= {
        }
        &'platctl;export;help;tables'= {
        }
        &'platctl;export;help;help'= {
        }
        &'platctl;site'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand build 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;site;build'= {
            cand -o 'The directory to write the site to (replaced whole)'
            cand --output 'The directory to write the site to (replaced whole)'
            cand --since '"What changed" on the home page starts here: a number of days or weeks back (30d, 2w), a date (2026-10-01), or a quarter or month (its first day); default 30d'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;site;help'= {
            cand build 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;site;help;build'= {
        }
        &'platctl;site;help;help'= {
        }
        &'platctl;schema'= {
            cand -o 'Directory to write the schemas into (default: <catalog root>/schemas)'
            cand --output 'Directory to write the schemas into (default: <catalog root>/schemas)'
            cand --kind 'Print the schema of one kind to standard output instead: a kind directory, or `platctl`'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --check 'Write nothing; exit 1 if any schema file is missing or differs'
            cand --vscode 'Print the `yaml.schemas` setting for VS Code''s .vscode/settings.json (paths from the repository root)'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;completions'= {
            cand --dir 'Write every shell''s file into this directory instead (platctl.bash, _platctl, platctl.fish, _platctl.ps1, platctl.elv)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;man'= {
            cand -o 'Directory to write the pages into (made if missing)'
            cand --output 'Directory to write the pages into (made if missing)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;search'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;show'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;mcp'= {
            cand --max-output 'Longest answer in bytes; a longer one is cut with a note saying so'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --allow-writes 'Also offer intake_new and intake_triage, which write request files (never commit)'
            cand -q 'Print only results, warnings and errors'
            cand --quiet 'Print only results, warnings and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;help'= {
            cand init 'Make a new catalog: platctl.yaml with commented defaults and the directories'
            cand lint 'Check the catalog: schemas, references, lifecycle policy, dates'
            cand explain 'Explain a lint rule: why it exists, an example that breaks it, the fix'
            cand intake 'File, list, deduplicate and triage requests from product teams'
            cand capability 'The capability catalog: list, show, release readiness'
            cand team 'Teams: list them, add one'
            cand service 'Services: list them, add one, record what it adopted'
            cand roadmap 'The quarterly roadmap'
            cand report 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
            cand kpi 'KPIs for a period: value, target, status, change; --trend over history'
            cand deprecation 'Deprecations and their migrations'
            cand exception 'Time-bound exceptions to platform standards'
            cand scorecard 'Scorecards: each entity''s level against a standard, what it needs next, trends'
            cand campaign 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date'
            cand status 'What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs'
            cand changelog 'What changed in the catalog between two revisions, as release notes'
            cand import 'Import another catalog: Backstage, OpsLevel or Cortex files'
            cand export 'Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)'
            cand site 'The portal: a static website of the whole catalog, for any static file host'
            cand schema 'Write a JSON Schema for every kind of file, for editors and other tools'
            cand completions 'Print shell completions'
            cand man 'Write man pages'
            cand search 'Find anything in the catalog by id, name, summary, title or team'
            cand show 'One entity of any kind: capability, service, team, deprecation, exception, request'
            cand mcp 'Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;help;init'= {
        }
        &'platctl;help;lint'= {
        }
        &'platctl;help;explain'= {
        }
        &'platctl;help;intake'= {
            cand new 'File a request: questions on a terminal, flags in scripts'
            cand list 'List requests with their RICE score and age'
            cand show 'Everything about one request: fields, RICE, linked capability and roadmap item'
            cand similar 'Requests most like one request, or like a text: duplicate candidates'
            cand triage 'Route a request and set its status; keeps the rest of the file as written'
        }
        &'platctl;help;intake;new'= {
        }
        &'platctl;help;intake;list'= {
        }
        &'platctl;help;intake;show'= {
        }
        &'platctl;help;intake;similar'= {
        }
        &'platctl;help;intake;triage'= {
        }
        &'platctl;help;capability'= {
            cand list 'List capabilities with their adopters, eligible services and adoption rate'
            cand show 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
            cand readiness 'The release-readiness checklist: exits 1 when a `ga` capability is not ready'
            cand new 'Add a capability to the catalog (asks on a terminal)'
            cand set-lifecycle 'Move a capability to another lifecycle stage (proposed … ga … retired)'
            cand edit 'Change a capability''s name, summary, owner, category, docs, runbook or review date'
        }
        &'platctl;help;capability;list'= {
        }
        &'platctl;help;capability;show'= {
        }
        &'platctl;help;capability;readiness'= {
        }
        &'platctl;help;capability;new'= {
        }
        &'platctl;help;capability;set-lifecycle'= {
        }
        &'platctl;help;capability;edit'= {
        }
        &'platctl;help;team'= {
            cand list 'List teams with how many services they run and capabilities they own'
            cand new 'Add a team (asks on a terminal)'
        }
        &'platctl;help;team;list'= {
        }
        &'platctl;help;team;new'= {
        }
        &'platctl;help;service'= {
            cand list 'List services: team, tier, status, system and how many capabilities each adopted'
            cand new 'Add a service (asks on a terminal)'
            cand adopt 'Record that a service adopted a capability (added to its `uses`, with `since`)'
        }
        &'platctl;help;service;list'= {
        }
        &'platctl;help;service;new'= {
        }
        &'platctl;help;service;adopt'= {
        }
        &'platctl;help;roadmap'= {
            cand list 'List a quarter''s items with theme, owner, commitment and status'
            cand item 'Change the roadmap: add an item, set its status, deliver it, slip it'
        }
        &'platctl;help;roadmap;list'= {
        }
        &'platctl;help;roadmap;item'= {
            cand new 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)'
            cand set-status 'Set an item''s status: planned, in-progress, at-risk or dropped'
            cand deliver 'Mark an item delivered, on a date (default: today)'
            cand slip 'Mark an item slipped to a later quarter'
        }
        &'platctl;help;roadmap;item;new'= {
        }
        &'platctl;help;roadmap;item;set-status'= {
        }
        &'platctl;help;roadmap;item;deliver'= {
        }
        &'platctl;help;roadmap;item;slip'= {
        }
        &'platctl;help;report'= {
            cand roadmap 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
            cand catalog 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
            cand kpi 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
            cand scorecard 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level'
        }
        &'platctl;help;report;roadmap'= {
        }
        &'platctl;help;report;catalog'= {
        }
        &'platctl;help;report;kpi'= {
        }
        &'platctl;help;report;scorecard'= {
        }
        &'platctl;help;kpi'= {
        }
        &'platctl;help;deprecation'= {
            cand new 'Announce a deprecation: consumers are filled from the services that use it, all pending'
            cand list 'List deprecations: state, progress, days to sunset, who is left by team'
            cand show 'One deprecation: consumers with status, exceptions, and a burn-down from git history'
            cand migrate 'Set the migration status of consumers (keeps the file''s comments)'
            cand update 'Change a deprecation''s own fields: status, sunset, replacement, migration guide'
        }
        &'platctl;help;deprecation;new'= {
        }
        &'platctl;help;deprecation;list'= {
        }
        &'platctl;help;deprecation;show'= {
        }
        &'platctl;help;deprecation;migrate'= {
        }
        &'platctl;help;deprecation;update'= {
        }
        &'platctl;help;exception'= {
            cand new 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy'
            cand list 'List exceptions with their state and days left'
            cand show 'One exception: what it waives, for whom, its state, and the deprecations it exempts'
            cand approve 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires'
            cand reject 'Reject a requested exception'
            cand revoke 'Revoke an exception before it expires'
        }
        &'platctl;help;exception;new'= {
        }
        &'platctl;help;exception;list'= {
        }
        &'platctl;help;exception;show'= {
        }
        &'platctl;help;exception;approve'= {
        }
        &'platctl;help;exception;reject'= {
        }
        &'platctl;help;exception;revoke'= {
        }
        &'platctl;help;scorecard'= {
            cand list 'Each scorecard: applies to, entities scored, counts per level, median, progress, target'
            cand show 'One scorecard: each entity''s level, score and failing rules; --trend over git history'
            cand check 'Why an entity is at its level, each rule''s outcome and the next step; a CI gate with --min-level'
        }
        &'platctl;help;scorecard;list'= {
        }
        &'platctl;help;scorecard;show'= {
        }
        &'platctl;help;scorecard;check'= {
        }
        &'platctl;help;campaign'= {
            cand list 'Each campaign: scorecard, rules, due date, progress, overdue'
            cand show 'One campaign: progress, entities left with their team, a weekly burn-up from git history'
        }
        &'platctl;help;campaign;list'= {
        }
        &'platctl;help;campaign;show'= {
        }
        &'platctl;help;status'= {
        }
        &'platctl;help;changelog'= {
        }
        &'platctl;help;import'= {
            cand backstage 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources'
            cand opslevel 'Import OpsLevel opslevel.yml files: services and their owners'
            cand cortex 'Import Cortex cortex.yaml entity descriptors: services and teams'
        }
        &'platctl;help;import;backstage'= {
        }
        &'platctl;help;import;opslevel'= {
        }
        &'platctl;help;import;cortex'= {
        }
        &'platctl;help;export'= {
            cand backstage 'Backstage entities: one file per team, service and capability, plus a Location'
            cand tables 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards'
        }
        &'platctl;help;export;backstage'= {
        }
        &'platctl;help;export;tables'= {
        }
        &'platctl;help;site'= {
            cand build 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs'
        }
        &'platctl;help;site;build'= {
        }
        &'platctl;help;schema'= {
        }
        &'platctl;help;completions'= {
        }
        &'platctl;help;man'= {
        }
        &'platctl;help;search'= {
        }
        &'platctl;help;show'= {
        }
        &'platctl;help;mcp'= {
        }
        &'platctl;help;help'= {
        }
    ]
    $completions[$command]
}
