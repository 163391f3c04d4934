
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand roadmap 'The quarterly roadmap'
            cand report 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
            cand kpi 'KPIs for a period: value, target, status, change; --trend over history'
            cand deprecation 'Deprecations and their migrations'
            cand exception 'Time-bound exceptions to platform standards'
            cand scorecard 'Scorecards: each entity''s level against a standard, what it needs next, trends'
            cand campaign 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date'
            cand changelog 'What changed in the catalog between two revisions, as release notes'
            cand schema 'Write a JSON Schema for every kind of file, for editors and other tools'
            cand completions 'Print shell completions'
            cand man 'Write man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;init'= {
            cand --name 'The platform''s name, shown in report titles (default: the directory''s name)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand --example 'Add a small sample: two teams, services, capabilities, a roadmap quarter, a request'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;intake;list'= {
            cand --status 'Only these statuses (comma-separated or repeated)'
            cand --team 'Only requests from this team'
            cand --type 'Only these types (comma-separated or repeated)'
            cand --sort 'Order of the rows'
            cand --format 'format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List capabilities with their adopters, eligible services and adoption rate'
            cand show 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
            cand readiness 'The release-readiness checklist; exits 1 when a `ga` capability is not ready (a CI gate)'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;capability;help'= {
            cand list 'List capabilities with their adopters, eligible services and adoption rate'
            cand show 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
            cand readiness 'The release-readiness checklist; exits 1 when a `ga` capability is not ready (a CI gate)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;capability;help;list'= {
        }
        &'platctl;capability;help;show'= {
        }
        &'platctl;capability;help;readiness'= {
        }
        &'platctl;capability;help;help'= {
        }
        &'platctl;roadmap'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List a quarter''s items with theme, owner, commitment and status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;list'= {
            cand --quarter 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today'
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;roadmap;help'= {
            cand list 'List a quarter''s items with theme, owner, commitment and status'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;help;list'= {
        }
        &'platctl;roadmap;help;help'= {
        }
        &'platctl;report'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand roadmap 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
            cand catalog 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
            cand kpi 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
            cand scorecard 'The scorecard report: distribution, roll-up by team, per-rule pass rates, trend, why each level'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;report;help'= {
            cand roadmap 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
            cand catalog 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
            cand kpi 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
            cand scorecard 'The scorecard report: distribution, roll-up by team, per-rule pass rates, trend, why each level'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;deprecation'= {
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Each scorecard: what it applies to, entities scored, counts per level, median, progress, target'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;scorecard;help'= {
            cand list 'Each scorecard: what it applies to, entities scored, counts per level, median, progress, target'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'Each campaign: scorecard, rules, due date, progress, overdue'
            cand show 'One campaign: progress, the entities left with their team, and a weekly burn-up from git history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;campaign;list'= {
            cand --format 'Output format'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'platctl;campaign;help'= {
            cand list 'Each campaign: scorecard, rules, due date, progress, overdue'
            cand show 'One campaign: progress, the entities left with their team, and a weekly burn-up from git history'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;campaign;help;list'= {
        }
        &'platctl;campaign;help;show'= {
        }
        &'platctl;campaign;help;help'= {
        }
        &'platctl;changelog'= {
            cand --from 'The older revision (default: the last tag before --to, else the first commit)'
            cand --to 'The newer revision, or `worktree` for the files as they are now (default: HEAD)'
            cand --format 'Output format (default: md)'
            cand -C 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --catalog 'The catalog root (the directory holding platctl.yaml); default: search upward from here'
            cand --today 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date'
            cand --color 'When to use colour'
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
            cand -v 'Say more about what is happening (timings, files read)'
            cand --verbose 'Say more about what is happening (timings, files read)'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand -q 'Print only results and errors'
            cand --quiet 'Print only results and errors'
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
            cand roadmap 'The quarterly roadmap'
            cand report 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
            cand kpi 'KPIs for a period: value, target, status, change; --trend over history'
            cand deprecation 'Deprecations and their migrations'
            cand exception 'Time-bound exceptions to platform standards'
            cand scorecard 'Scorecards: each entity''s level against a standard, what it needs next, trends'
            cand campaign 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date'
            cand changelog 'What changed in the catalog between two revisions, as release notes'
            cand schema 'Write a JSON Schema for every kind of file, for editors and other tools'
            cand completions 'Print shell completions'
            cand man 'Write man pages'
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
            cand readiness 'The release-readiness checklist; exits 1 when a `ga` capability is not ready (a CI gate)'
        }
        &'platctl;help;capability;list'= {
        }
        &'platctl;help;capability;show'= {
        }
        &'platctl;help;capability;readiness'= {
        }
        &'platctl;help;roadmap'= {
            cand list 'List a quarter''s items with theme, owner, commitment and status'
        }
        &'platctl;help;roadmap;list'= {
        }
        &'platctl;help;report'= {
            cand roadmap 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
            cand catalog 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
            cand kpi 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
            cand scorecard 'The scorecard report: distribution, roll-up by team, per-rule pass rates, trend, why each level'
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
            cand list 'Each scorecard: what it applies to, entities scored, counts per level, median, progress, target'
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
            cand show 'One campaign: progress, the entities left with their team, and a weekly burn-up from git history'
        }
        &'platctl;help;campaign;list'= {
        }
        &'platctl;help;campaign;show'= {
        }
        &'platctl;help;changelog'= {
        }
        &'platctl;help;schema'= {
        }
        &'platctl;help;completions'= {
        }
        &'platctl;help;man'= {
        }
        &'platctl;help;help'= {
        }
    ]
    $completions[$command]
}
