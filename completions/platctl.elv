
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;intake;list'= {
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
        &'platctl;intake;help'= {
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;intake;help;list'= {
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;capability;list'= {
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
        &'platctl;capability;help'= {
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;capability;help;list'= {
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;roadmap;list'= {
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
            cand list 'List'
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;report;list'= {
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;report;help;list'= {
        }
        &'platctl;report;help;help'= {
        }
        &'platctl;kpi'= {
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;deprecation;list'= {
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
        &'platctl;deprecation;help'= {
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;deprecation;help;list'= {
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
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;exception;list'= {
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
        &'platctl;exception;help'= {
            cand list 'List'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'platctl;exception;help;list'= {
        }
        &'platctl;exception;help;help'= {
        }
        &'platctl;changelog'= {
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
            cand list 'List'
        }
        &'platctl;help;intake;list'= {
        }
        &'platctl;help;capability'= {
            cand list 'List'
        }
        &'platctl;help;capability;list'= {
        }
        &'platctl;help;roadmap'= {
            cand list 'List'
        }
        &'platctl;help;roadmap;list'= {
        }
        &'platctl;help;report'= {
            cand list 'List'
        }
        &'platctl;help;report;list'= {
        }
        &'platctl;help;kpi'= {
        }
        &'platctl;help;deprecation'= {
            cand list 'List'
        }
        &'platctl;help;deprecation;list'= {
        }
        &'platctl;help;exception'= {
            cand list 'List'
        }
        &'platctl;help;exception;list'= {
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
