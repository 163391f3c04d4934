# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_platctl_global_optspecs
    string join \n C/catalog= today= color= q/quiet v/verbose h/help V/version
end

function __fish_platctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_platctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_platctl_using_subcommand
    set -l cmd (__fish_platctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c platctl -n "__fish_platctl_needs_command" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_needs_command" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_needs_command" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_needs_command" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_needs_command" -s V -l version -d 'Print version'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "init" -d 'Make a new catalog: platctl.yaml with commented defaults and the directories'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "lint" -d 'Check the catalog: schemas, references, lifecycle policy, dates'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "explain" -d 'Explain a lint rule: why it exists, an example that breaks it, the fix'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "intake" -d 'File, list, deduplicate and triage requests from product teams'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "capability" -d 'The capability catalog: list, show, release readiness'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "team" -d 'Teams: list them, add one'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "service" -d 'Services: list them, add one, record what it adopted'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "roadmap" -d 'The quarterly roadmap'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "report" -d 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "kpi" -d 'KPIs for a period: value, target, status, change; --trend over history'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "deprecation" -d 'Deprecations and their migrations'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "exception" -d 'Time-bound exceptions to platform standards'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "scorecard" -d 'Scorecards: each entity\'s level against a standard, what it needs next, trends'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "campaign" -d 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "status" -d 'What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "changelog" -d 'What changed in the catalog between two revisions, as release notes'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "import" -d 'Import another catalog: Backstage, OpsLevel or Cortex files'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "export" -d 'Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "site" -d 'The portal: a static website of the whole catalog, for any static file host'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "schema" -d 'Write a JSON Schema for every kind of file, for editors and other tools'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "man" -d 'Write man pages'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "search" -d 'Find anything in the catalog by id, name, summary, title or team'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "show" -d 'One entity of any kind: capability, service, team, deprecation, exception, request'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "mcp" -d 'Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand init" -l name -d 'The platform\'s name, shown in report titles (default: the directory\'s name)' -r
complete -c platctl -n "__fish_platctl_using_subcommand init" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand init" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand init" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand init" -l example -d 'Add a small sample: two teams, services, capabilities, a roadmap quarter, a request'
complete -c platctl -n "__fish_platctl_using_subcommand init" -l no-git -d 'Do not run `git init` when the directory is in no repository'
complete -c platctl -n "__fish_platctl_using_subcommand init" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand init" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand init" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand lint" -l format -d 'Output format' -r -f -a "text\t''
json\t''
sarif\t''
github\t''
junit\t''"
complete -c platctl -n "__fish_platctl_using_subcommand lint" -l changed-since -d 'Report only findings in files that differ from this git revision' -r
complete -c platctl -n "__fish_platctl_using_subcommand lint" -l rule -d 'Set a rule\'s level for this run: ID=error|warning|off (repeatable)' -r
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand lint" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand lint" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand lint" -l deny-warnings -d 'Exit 1 on warnings too'
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand explain" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand explain" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -f -a "new" -d 'File a request: questions on a terminal, flags in scripts'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -f -a "list" -d 'List requests with their RICE score and age'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -f -a "show" -d 'Everything about one request: fields, RICE, linked capability and roadmap item'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -f -a "similar" -d 'Requests most like one request, or like a text: duplicate candidates'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -f -a "triage" -d 'Route a request and set its status; keeps the rest of the file as written'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from new list show similar triage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l title -d 'One line: what is asked' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l team -d 'The requesting team (an id from teams/)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l type -d 'capability | enhancement | onboarding | support | docs | bug | other (default other)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l problem -d 'The problem, not the solution (several lines are fine)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l outcome -d 'What success looks like (optional)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l urgency -d 'low | medium | high | critical (default medium)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l reach -d 'Teams affected, an integer >= 1 (default 1)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l impact -d '0.25 | 0.5 | 1 | 2 | 3 (default 1)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l confidence -d '0 < c <= 1 (default 0.5)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l effort -d 'Person-weeks, > 0 (optional; RICE needs it)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l capability -d 'The capability it relates to (an id from capabilities/, optional)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l contact -d 'Who to ask: an address or a channel (optional)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -s y -l yes -d 'Ask nothing: take flags and defaults, continue past duplicate candidates'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses (comma-separated or repeated) [default: the open ones: new, triaged, accepted]' -r -f -a "new\t''
triaged\t''
accepted\t''
declined\t''
duplicate\t''
done\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l team -d 'Only requests from this team' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l type -d 'Only these types (comma-separated or repeated)' -r -f -a "capability\t''
enhancement\t''
onboarding\t''
support\t''
docs\t''
bug\t''
other\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l sort -d 'Order of the rows' -r -f -a "rice\t''
created\t''
urgency\t''
id\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l format -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l all -d 'Every request, closed ones (done, declined, duplicate) included'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -l format -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -l text -d 'A text to compare with every request instead' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -l limit -d 'At most this many requests' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -l min-score -d 'Lowest score shown, 0..1' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -l format -r -f -a "table\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from similar" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l route -d 'Where it goes: backlog | support | docs | custom' -r -f -a "backlog\t''
support\t''
docs\t''
custom\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l status -d 'The new status (default triaged; duplicate when --duplicate-of is given)' -r -f -a "new\t''
triaged\t''
accepted\t''
declined\t''
duplicate\t''
done\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l duplicate-of -d 'The request this one duplicates (sets status duplicate)' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l roadmap-item -d 'The roadmap item that will deliver it' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l reopen -d 'Change a closed request (done, declined, duplicate); a status that is not closed clears its `resolved` date, and any status but duplicate its `duplicate_of`'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -s y -l yes -d 'Ask nothing: --route is then required'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from triage" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "new" -d 'File a request: questions on a terminal, flags in scripts'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "list" -d 'List requests with their RICE score and age'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "show" -d 'Everything about one request: fields, RICE, linked capability and roadmap item'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "similar" -d 'Requests most like one request, or like a text: duplicate candidates'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "triage" -d 'Route a request and set its status; keeps the rest of the file as written'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "list" -d 'List capabilities with their adopters, eligible services and adoption rate'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "show" -d 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "readiness" -d 'The release-readiness checklist: exits 1 when a `ga` capability is not ready'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "new" -d 'Add a capability to the catalog (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "set-lifecycle" -d 'Move a capability to another lifecycle stage (proposed … ga … retired)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "edit" -d 'Change a capability\'s name, summary, owner, category, docs, runbook or review date'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list show readiness new set-lifecycle edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l lifecycle -d 'Only these lifecycles (repeat or separate with commas)' -r -f -a "proposed\t''
experimental\t''
beta\t''
ga\t''
deprecated\t''
retired\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l owner -d 'Only capabilities owned by this team' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l category -d 'Only this category' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l golden-path -d 'Only capabilities on the golden path'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -l all -d 'Check every `ga` capability'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from readiness" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l name -d 'The capability\'s name' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l summary -d 'One line: what it gives its users' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l owner -d 'The owning team\'s id' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l id -d 'The id [default: the name as a slug]' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l lifecycle -d 'Where it starts [default: proposed]' -r -f -a "proposed\t''
experimental\t''
beta\t''
ga\t''
deprecated\t''
retired\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l category -d 'A category slug: delivery, runtime, identity, data, observability, security, ...' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l docs -d 'Documentation URL' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l runbook -d 'Runbook URL' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -s y -l yes -d 'Ask nothing: fail on a missing required flag'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from set-lifecycle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l name -d 'The name' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l summary -d 'One line: what it gives its users' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l owner -d 'The owning team\'s id' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l category -d 'A category slug (empty: remove)' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l docs -d 'Documentation URL (empty: remove)' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l runbook -d 'Runbook URL (empty: remove)' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l security-review -d 'Date of the last security review, YYYY-MM-DD (empty: remove)' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l golden-path -d 'Part of the paved road' -r -f -a "true\t''
false\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "list" -d 'List capabilities with their adopters, eligible services and adoption rate'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "show" -d 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "readiness" -d 'The release-readiness checklist: exits 1 when a `ga` capability is not ready'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "new" -d 'Add a capability to the catalog (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "set-lifecycle" -d 'Move a capability to another lifecycle stage (proposed … ga … retired)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a capability\'s name, summary, owner, category, docs, runbook or review date'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -f -a "list" -d 'List teams with how many services they run and capabilities they own'
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -f -a "new" -d 'Add a team (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and not __fish_seen_subcommand_from list new help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -l type -d 'Only teams of these types (repeat or separate with commas)' -r -f -a "platform\t''
product\t''
data\t''
security\t''
sre\t''
other\t''"
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -l parent -d 'Only the teams directly under this one' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l name -d 'The team\'s name, as people say it' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l id -d 'The id [default: team-<name as a slug>]' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l type -d 'What kind of team it is [default: other]' -r -f -a "platform\t''
product\t''
data\t''
security\t''
sre\t''
other\t''"
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l contact -d 'A channel or address to reach the team, e.g. "#devex"' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l parent -d 'The team it is part of (a team id), for roll-ups' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -s y -l yes -d 'Ask nothing: fail on a missing required flag'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "list" -d 'List teams with how many services they run and capabilities they own'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "new" -d 'Add a team (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -f -a "list" -d 'List services: team, tier, status, system and how many capabilities each adopted'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -f -a "new" -d 'Add a service (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -f -a "adopt" -d 'Record that a service adopted a capability (added to its `uses`, with `since`)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and not __fish_seen_subcommand_from list new adopt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l team -d 'Only services of these teams (repeat or separate with commas)' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l tier -d 'Only these tiers (repeat or separate with commas)' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l status -d 'Only services with these statuses' -r -f -a "active\t''
retired\t''"
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l system -d 'Only services of this system' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l uses -d 'Only services that adopted this capability' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l name -d 'The service\'s name' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l team -d 'The owning team\'s id' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l id -d 'The id [default: the name as a slug]' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l tier -d '1 is the most critical, 3 the least [default: 2]' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l created -d 'When the repository was created, YYYY-MM-DD [default: today]' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l first-deploy -d 'The first deploy to a non-production environment, YYYY-MM-DD' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l description -d 'One line: what the service does' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l system -d 'The system it belongs to (a slug, e.g. checkout)' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l lifecycle -d 'Its own lifecycle stage (a slug, e.g. production, experimental)' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l repo -d 'The repository\'s URL' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l docs -d 'Documentation URL' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l runbook -d 'Runbook URL' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l oncall -d 'Where pages go, e.g. pagerduty:payments' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -s y -l yes -d 'Ask nothing: fail on a missing required flag'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -l since -d 'When it adopted it, YYYY-MM-DD [default: today]' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -l version -d 'The interface version it uses, e.g. v2' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from adopt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'List services: team, tier, status, system and how many capabilities each adopted'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "new" -d 'Add a service (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "adopt" -d 'Record that a service adopted a capability (added to its `uses`, with `since`)'
complete -c platctl -n "__fish_platctl_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -f -a "list" -d 'List a quarter\'s items with theme, owner, commitment and status'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -f -a "item" -d 'Change the roadmap: add an item, set its status, deliver it, slip it'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list item help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -l quarter -d 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today' -r
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -f -a "new" -d 'Add an item to a quarter\'s roadmap (the quarter\'s file is made when missing)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -f -a "set-status" -d 'Set an item\'s status: planned, in-progress, at-risk or dropped'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -f -a "deliver" -d 'Mark an item delivered, on a date (default: today)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -f -a "slip" -d 'Mark an item slipped to a later quarter'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from item" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a quarter\'s items with theme, owner, commitment and status'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from help" -f -a "item" -d 'Change the roadmap: add an item, set its status, deliver it, slip it'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -f -a "roadmap" -d 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -f -a "catalog" -d 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -f -a "kpi" -d 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -f -a "scorecard" -d 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from roadmap catalog kpi scorecard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -l quarter -d 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -l format -d 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON' -r -f -a "md\t''
html\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -s o -l output -d 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from roadmap" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -l format -d 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON' -r -f -a "md\t''
html\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -s o -l output -d 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from catalog" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -l period -d 'The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -l format -d 'Output format (default: md)' -r -f -a "md\t''
html\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -s o -l output -d 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from kpi" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -l format -d 'Output format (default: md)' -r -f -a "md\t''
html\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from scorecard" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "roadmap" -d 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "catalog" -d 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "kpi" -d 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "scorecard" -d 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l period -d 'The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today' -r
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l format -d 'Output format (default: table)' -r -f -a "table\t''
json\t''
csv\t''
md\t''
openmetrics\t'OpenMetrics text for Prometheus, Grafana Agent or Datadog'"
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l rev -d 'Read the catalog as it is at this git revision instead of the working tree' -r
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l since -d 'With --trend: the first period (default: the last four quarters, or twelve months)' -r
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l every -d 'With --trend: a row per quarter or per month (default: quarter)' -r -f -a "quarter\t''
month\t''"
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l trend -d 'A row per period per KPI, from --since to --period'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -f -a "new" -d 'Announce a deprecation: consumers are filled from the services that use it, all pending'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -f -a "list" -d 'List deprecations: state, progress, days to sunset, who is left by team'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -f -a "show" -d 'One deprecation: consumers with status, exceptions, and a burn-down from git history'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -f -a "migrate" -d 'Set the migration status of consumers (keeps the file\'s comments)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -f -a "update" -d 'Change a deprecation\'s own fields: status, sunset, replacement, migration guide'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from new list show migrate update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l capability -d 'The capability that goes away' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l interface -d 'Only this interface version goes away (e.g. v1); consumers are the services using that version' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l replacement -d 'The capability consumers move to' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l announced -d 'Announcement date, YYYY-MM-DD [default: today]' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l sunset -d 'The day after which it is gone, YYYY-MM-DD [default: announced + policy deprecation_min_notice_days]' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l migration-guide -d 'Where consumers learn how to move (a URL)' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l id -d 'The deprecation\'s id [default: <capability>-<interface>, or <capability>-sunset]' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l reason -d 'Why the notice is shorter than the policy\'s, written into the file' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l force -d 'Accept a sunset sooner than the policy\'s notice (needs --reason)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -s y -l yes -d 'Ask nothing: take defaults, fail on a missing required flag'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l state -d 'Only these states (repeat or separate with commas)' -r -f -a "upcoming\t''
migrating\t''
overdue\t''
completed\t''
cancelled\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l capability -d 'Only deprecations of this capability' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l team -d 'Only deprecations where this team still has consumers to move' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -l status -d 'Their new status' -r -f -a "pending\t''
in-progress\t''
migrated\t''
exempt\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -l exception -d 'The exception that allows an `exempt` consumer to stay (EXC-…)' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l status -d 'The deprecation\'s status' -r -f -a "announced\t''
migrating\t''
completed\t''
cancelled\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l sunset -d 'A new sunset, YYYY-MM-DD' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l replacement -d 'The capability consumers move to' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l migration-guide -d 'Where consumers learn how to move (a URL)' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "new" -d 'Announce a deprecation: consumers are filled from the services that use it, all pending'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deprecations: state, progress, days to sunset, who is left by team'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "show" -d 'One deprecation: consumers with status, exceptions, and a burn-down from git history'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Set the migration status of consumers (keeps the file\'s comments)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a deprecation\'s own fields: status, sunset, replacement, migration guide'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "new" -d 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "list" -d 'List exceptions with their state and days left'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "show" -d 'One exception: what it waives, for whom, its state, and the deprecations it exempts'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "approve" -d 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "reject" -d 'Reject a requested exception'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "revoke" -d 'Revoke an exception before it expires'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from new list show approve reject revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l title -d 'One line: what is waived, for whom, until what' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l standard -d 'The standard waived: a capability id' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l team -d 'The team that asks' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l service -d 'The service concerned (optional)' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l reason -d 'Why the standard cannot be met now' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l risk -d 'low, medium or high' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l compensating-controls -d 'What reduces the risk meanwhile (optional)' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l expires -d 'The last day it holds, YYYY-MM-DD (required: every exception ends)' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l requested -d 'Request date, YYYY-MM-DD [default: today]' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l approved-by -d 'Record it as approved by this person (e.g. "Security: J. Doe")' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l granted -d 'With --approved-by: the grant date, YYYY-MM-DD [default: today]' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -s y -l yes -d 'Ask nothing: take defaults, fail on a missing required flag'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l expiring -d 'Only approved exceptions that expire within DAYS from today (not yet expired)' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l state -d 'Only these states (repeat or separate with commas)' -r -f -a "requested\t''
open\t''
expiring\t''
expired\t''
rejected\t''
revoked\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l standard -d 'Only exceptions to this standard (a capability id)' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l team -d 'Only exceptions of this team' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l by -d 'Who approves (e.g. "Security: J. Doe")' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l expires -d 'A new expiry, YYYY-MM-DD' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l granted -d 'The grant date, YYYY-MM-DD [default: today]' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Check and print the file instead of writing it'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -l commit -d 'Also commit the file it writes (and only it) to git'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "new" -d 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "list" -d 'List exceptions with their state and days left'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "show" -d 'One exception: what it waives, for whom, its state, and the deprecations it exempts'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject a requested exception'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an exception before it expires'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -f -a "list" -d 'Each scorecard: applies to, entities scored, counts per level, median, progress, target'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -f -a "show" -d 'One scorecard: each entity\'s level, score and failing rules; --trend over git history'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -f -a "check" -d 'Why an entity is at its level, each rule\'s outcome and the next step; a CI gate with --min-level'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and not __fish_seen_subcommand_from list show check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
openmetrics\t'OpenMetrics text for Prometheus, Grafana Agent or Datadog'"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l team -d 'Only entities of this team and of the teams below it (through `parent`)' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l level -d 'Only entities at this level (`none` for below the first)' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l since -d 'With --trend: the first period (2026-Q1 or 2026-01); default four quarters back' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l every -d 'With --trend: one point per quarter or per month' -r -f -a "quarter\t''
month\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -l trend -d 'Counts per level at each period end, from git history'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -l scorecard -d 'Only this scorecard (default: every scorecard for the entity\'s kind)' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -l min-level -d 'Exit 1 unless the entity is at this level or above' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from help" -f -a "list" -d 'Each scorecard: applies to, entities scored, counts per level, median, progress, target'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from help" -f -a "show" -d 'One scorecard: each entity\'s level, score and failing rules; --trend over git history'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from help" -f -a "check" -d 'Why an entity is at its level, each rule\'s outcome and the next step; a CI gate with --min-level'
complete -c platctl -n "__fish_platctl_using_subcommand scorecard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -f -a "list" -d 'Each campaign: scorecard, rules, due date, progress, overdue'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -f -a "show" -d 'One campaign: progress, entities left with their team, a weekly burn-up from git history'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and not __fish_seen_subcommand_from list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "list" -d 'Each campaign: scorecard, rules, due date, progress, overdue'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "show" -d 'One campaign: progress, entities left with their team, a weekly burn-up from git history'
complete -c platctl -n "__fish_platctl_using_subcommand campaign; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand status" -l team -d 'Only what one team owns or asked for (a team id)' -r
complete -c platctl -n "__fish_platctl_using_subcommand status" -l format -d 'Output format: a ranked table, Markdown with headings (a weekly post), or JSON' -r -f -a "table\t''
json\t''
md\t''"
complete -c platctl -n "__fish_platctl_using_subcommand status" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand status" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand status" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand status" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand status" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l from -d 'The older revision (default: the last tag before --to, else the first commit)' -r
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l to -d 'The newer revision, or `worktree` for the files as they are now (default: HEAD)' -r
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l format -d 'Output format (default: md)' -r -f -a "md\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -f -a "backstage" -d 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -f -a "opslevel" -d 'Import OpsLevel opslevel.yml files: services and their owners'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -f -a "cortex" -d 'Import Cortex cortex.yaml entity descriptors: services and teams'
complete -c platctl -n "__fish_platctl_using_subcommand import; and not __fish_seen_subcommand_from backstage opslevel cortex help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l format -d 'Output format of the report' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l dry-run -d 'Print what would change, as a diff, and write nothing'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l commit -d 'Commit the files written (and only them) in one commit'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l prune -d 'Remove files import created whose entity is gone from the source'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -l no-cache -d 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from backstage" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l format -d 'Output format of the report' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l dry-run -d 'Print what would change, as a diff, and write nothing'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l commit -d 'Commit the files written (and only them) in one commit'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l prune -d 'Remove files import created whose entity is gone from the source'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -l no-cache -d 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from opslevel" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l format -d 'Output format of the report' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l dry-run -d 'Print what would change, as a diff, and write nothing'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l commit -d 'Commit the files written (and only them) in one commit'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l prune -d 'Remove files import created whose entity is gone from the source'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -l no-cache -d 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from cortex" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "backstage" -d 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "opslevel" -d 'Import OpsLevel opslevel.yml files: services and their owners'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "cortex" -d 'Import Cortex cortex.yaml entity descriptors: services and teams'
complete -c platctl -n "__fish_platctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -f -a "backstage" -d 'Backstage entities: one file per team, service and capability, plus a Location'
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -f -a "tables" -d 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards'
complete -c platctl -n "__fish_platctl_using_subcommand export; and not __fish_seen_subcommand_from backstage tables help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -s o -l output -d 'The directory to write (replaced whole)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from backstage" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -s o -l output -d 'The directory to write into (made when missing; files in it are replaced)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -l format -d 'File format' -r -f -a "parquet\t''
jsonl\t''
csv\t''"
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -l since -d 'The first period of history: a quarter (2025-Q1) or a month (2026-01)' -r
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -l every -d 'A set of rows per quarter or per month (default: quarter, or month when --since is a month)' -r -f -a "quarter\t''
month\t''"
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from tables" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "backstage" -d 'Backstage entities: one file per team, service and capability, plus a Location'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "tables" -d 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards'
complete -c platctl -n "__fish_platctl_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -f -a "build" -d 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs'
complete -c platctl -n "__fish_platctl_using_subcommand site; and not __fish_seen_subcommand_from build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -s o -l output -d 'The directory to write the site to (replaced whole)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -l since -d '"What changed" on the home page starts here: a number of days or weeks back (30d, 2w), a date (2026-10-01), or a quarter or month (its first day); default 30d' -r
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs'
complete -c platctl -n "__fish_platctl_using_subcommand site; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s o -l output -d 'Directory to write the schemas into (default: <catalog root>/schemas)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l kind -d 'Print the schema of one kind to standard output instead: a kind directory, or `platctl`' -r -f -a "platctl\t''
teams\t''
services\t''
capabilities\t''
roadmap\t''
deprecations\t''
exceptions\t''
intake\t''
metrics\t''
surveys\t''
scorecards\t''
campaigns\t''"
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l check -d 'Write nothing; exit 1 if any schema file is missing or differs'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l vscode -d 'Print the `yaml.schemas` setting for VS Code\'s .vscode/settings.json (paths from the repository root)'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -l dir -d 'Write every shell\'s file into this directory instead (platctl.bash, _platctl, platctl.fish, _platctl.ps1, platctl.elv)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand completions" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand man" -s o -l output -d 'Directory to write the pages into (made if missing)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand man" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand man" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand man" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand man" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand search" -l format -d 'Output format' -r -f -a "table\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand search" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand search" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand search" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand search" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand search" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand search" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand show" -l format -d 'Output format' -r -f -a "text\t''
json\t''"
complete -c platctl -n "__fish_platctl_using_subcommand show" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand show" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand show" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand show" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand show" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -l max-output -d 'Longest answer in bytes; a longer one is cut with a note saying so' -r
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -l allow-writes -d 'Also offer intake_new and intake_triage, which write request files (never commit)'
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -s q -l quiet -d 'Print only results, warnings and errors'
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand mcp" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "init" -d 'Make a new catalog: platctl.yaml with commented defaults and the directories'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "lint" -d 'Check the catalog: schemas, references, lifecycle policy, dates'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "explain" -d 'Explain a lint rule: why it exists, an example that breaks it, the fix'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "intake" -d 'File, list, deduplicate and triage requests from product teams'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "capability" -d 'The capability catalog: list, show, release readiness'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "team" -d 'Teams: list them, add one'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "service" -d 'Services: list them, add one, record what it adopted'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "roadmap" -d 'The quarterly roadmap'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "report" -d 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "kpi" -d 'KPIs for a period: value, target, status, change; --trend over history'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "deprecation" -d 'Deprecations and their migrations'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "exception" -d 'Time-bound exceptions to platform standards'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "scorecard" -d 'Scorecards: each entity\'s level against a standard, what it needs next, trends'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "campaign" -d 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "status" -d 'What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "changelog" -d 'What changed in the catalog between two revisions, as release notes'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "import" -d 'Import another catalog: Backstage, OpsLevel or Cortex files'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "export" -d 'Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "site" -d 'The portal: a static website of the whole catalog, for any static file host'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "schema" -d 'Write a JSON Schema for every kind of file, for editors and other tools'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "completions" -d 'Print shell completions'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "man" -d 'Write man pages'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "search" -d 'Find anything in the catalog by id, name, summary, title or team'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "show" -d 'One entity of any kind: capability, service, team, deprecation, exception, request'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "mcp" -d 'Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability team service roadmap report kpi deprecation exception scorecard campaign status changelog import export site schema completions man search show mcp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from intake" -f -a "new" -d 'File a request: questions on a terminal, flags in scripts'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from intake" -f -a "list" -d 'List requests with their RICE score and age'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from intake" -f -a "show" -d 'Everything about one request: fields, RICE, linked capability and roadmap item'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from intake" -f -a "similar" -d 'Requests most like one request, or like a text: duplicate candidates'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from intake" -f -a "triage" -d 'Route a request and set its status; keeps the rest of the file as written'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "list" -d 'List capabilities with their adopters, eligible services and adoption rate'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "show" -d 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "readiness" -d 'The release-readiness checklist: exits 1 when a `ga` capability is not ready'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "new" -d 'Add a capability to the catalog (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "set-lifecycle" -d 'Move a capability to another lifecycle stage (proposed … ga … retired)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "edit" -d 'Change a capability\'s name, summary, owner, category, docs, runbook or review date'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "list" -d 'List teams with how many services they run and capabilities they own'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "new" -d 'Add a team (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'List services: team, tier, status, system and how many capabilities each adopted'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "new" -d 'Add a service (asks on a terminal)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "adopt" -d 'Record that a service adopted a capability (added to its `uses`, with `since`)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from roadmap" -f -a "list" -d 'List a quarter\'s items with theme, owner, commitment and status'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from roadmap" -f -a "item" -d 'Change the roadmap: add an item, set its status, deliver it, slip it'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "roadmap" -d 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "catalog" -d 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "kpi" -d 'The KPI dashboard: a card per KPI with value, target, status and a sparkline'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "scorecard" -d 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from deprecation" -f -a "new" -d 'Announce a deprecation: consumers are filled from the services that use it, all pending'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from deprecation" -f -a "list" -d 'List deprecations: state, progress, days to sunset, who is left by team'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from deprecation" -f -a "show" -d 'One deprecation: consumers with status, exceptions, and a burn-down from git history'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from deprecation" -f -a "migrate" -d 'Set the migration status of consumers (keeps the file\'s comments)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from deprecation" -f -a "update" -d 'Change a deprecation\'s own fields: status, sunset, replacement, migration guide'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "new" -d 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "list" -d 'List exceptions with their state and days left'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "show" -d 'One exception: what it waives, for whom, its state, and the deprecations it exempts'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "approve" -d 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "reject" -d 'Reject a requested exception'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "revoke" -d 'Revoke an exception before it expires'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from scorecard" -f -a "list" -d 'Each scorecard: applies to, entities scored, counts per level, median, progress, target'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from scorecard" -f -a "show" -d 'One scorecard: each entity\'s level, score and failing rules; --trend over git history'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from scorecard" -f -a "check" -d 'Why an entity is at its level, each rule\'s outcome and the next step; a CI gate with --min-level'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "list" -d 'Each campaign: scorecard, rules, due date, progress, overdue'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from campaign" -f -a "show" -d 'One campaign: progress, entities left with their team, a weekly burn-up from git history'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "backstage" -d 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "opslevel" -d 'Import OpsLevel opslevel.yml files: services and their owners'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "cortex" -d 'Import Cortex cortex.yaml entity descriptors: services and teams'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "backstage" -d 'Backstage entities: one file per team, service and capability, plus a Location'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "tables" -d 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from site" -f -a "build" -d 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -f -a "bash zsh fish powershell elvish" -d 'Shell'
complete -c platctl -n "__fish_platctl_using_subcommand help" -f
