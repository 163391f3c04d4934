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
complete -c platctl -n "__fish_platctl_needs_command" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_needs_command" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c platctl -n "__fish_platctl_needs_command" -s V -l version -d 'Print version'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "init" -d 'Make a new catalog: platctl.yaml with commented defaults and the directories'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "lint" -d 'Check the catalog: schemas, references, lifecycle policy, dates'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "explain" -d 'Explain a lint rule: why it exists, an example that breaks it, the fix'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "intake" -d 'File, list, deduplicate and triage requests from product teams'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "capability" -d 'The capability catalog: list, show, release readiness'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "roadmap" -d 'The quarterly roadmap'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "report" -d 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "kpi" -d 'KPIs for a period: value, target, status, change; --trend over history'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "deprecation" -d 'Deprecations and their migrations'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "exception" -d 'Time-bound exceptions to platform standards'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "changelog" -d 'What changed in the catalog between two revisions, as release notes'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "schema" -d 'Write a JSON Schema for every kind of file, for editors and other tools'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "man" -d 'Write man pages'
complete -c platctl -n "__fish_platctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand init" -l name -d 'The platform\'s name, shown in report titles (default: the directory\'s name)' -r
complete -c platctl -n "__fish_platctl_using_subcommand init" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand init" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand init" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand init" -l example -d 'Add a small sample: two teams, services, capabilities, a roadmap quarter, a request'
complete -c platctl -n "__fish_platctl_using_subcommand init" -s q -l quiet -d 'Print only results and errors'
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
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand lint" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand explain" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand explain" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand explain" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand intake; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand capability; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand roadmap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand report; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand kpi" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand deprecation; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand exception; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand changelog" -s h -l help -d 'Print help'
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
surveys\t''"
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l check -d 'Write nothing; exit 1 if any schema file is missing or differs'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -l vscode -d 'Print the `yaml.schemas` setting for VS Code\'s .vscode/settings.json (paths from the repository root)'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand schema" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -l dir -d 'Write every shell\'s file into this directory instead (platctl.bash, _platctl, platctl.fish, _platctl.ps1, platctl.elv)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand completions" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand man" -s o -l output -d 'Directory to write the pages into (made if missing)' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand man" -s C -l catalog -d 'The catalog root (the directory holding platctl.yaml); default: search upward from here' -r -F
complete -c platctl -n "__fish_platctl_using_subcommand man" -l today -d 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date' -r
complete -c platctl -n "__fish_platctl_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c platctl -n "__fish_platctl_using_subcommand man" -s q -l quiet -d 'Print only results and errors'
complete -c platctl -n "__fish_platctl_using_subcommand man" -s v -l verbose -d 'Say more about what is happening (timings, files read)'
complete -c platctl -n "__fish_platctl_using_subcommand man" -s h -l help -d 'Print help'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "init" -d 'Make a new catalog: platctl.yaml with commented defaults and the directories'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "lint" -d 'Check the catalog: schemas, references, lifecycle policy, dates'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "explain" -d 'Explain a lint rule: why it exists, an example that breaks it, the fix'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "intake" -d 'File, list, deduplicate and triage requests from product teams'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "capability" -d 'The capability catalog: list, show, release readiness'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "roadmap" -d 'The quarterly roadmap'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "report" -d 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "kpi" -d 'KPIs for a period: value, target, status, change; --trend over history'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "deprecation" -d 'Deprecations and their migrations'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "exception" -d 'Time-bound exceptions to platform standards'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "changelog" -d 'What changed in the catalog between two revisions, as release notes'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "schema" -d 'Write a JSON Schema for every kind of file, for editors and other tools'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "completions" -d 'Print shell completions'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "man" -d 'Write man pages'
complete -c platctl -n "__fish_platctl_using_subcommand help; and not __fish_seen_subcommand_from init lint explain intake capability roadmap report kpi deprecation exception changelog schema completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from intake" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from capability" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from roadmap" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from deprecation" -f -a "list" -d 'List'
complete -c platctl -n "__fish_platctl_using_subcommand help; and __fish_seen_subcommand_from exception" -f -a "list" -d 'List'
