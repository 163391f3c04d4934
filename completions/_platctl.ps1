
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'platctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'platctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'platctl' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a new catalog: platctl.yaml with commented defaults and the directories')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the catalog: schemas, references, lifecycle policy, dates')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a lint rule: why it exists, an example that breaks it, the fix')
            [CompletionResult]::new('intake', 'intake', [CompletionResultType]::ParameterValue, 'File, list, deduplicate and triage requests from product teams')
            [CompletionResult]::new('capability', 'capability', [CompletionResultType]::ParameterValue, 'The capability catalog: list, show, release readiness')
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'KPIs for a period: value, target, status, change; --trend over history')
            [CompletionResult]::new('deprecation', 'deprecation', [CompletionResultType]::ParameterValue, 'Deprecations and their migrations')
            [CompletionResult]::new('exception', 'exception', [CompletionResultType]::ParameterValue, 'Time-bound exceptions to platform standards')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'What changed in the catalog between two revisions, as release notes')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write a JSON Schema for every kind of file, for editors and other tools')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The platform''s name, shown in report titles (default: the directory''s name)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--example', '--example', [CompletionResultType]::ParameterName, 'Add a small sample: two teams, services, capabilities, a roadmap quarter, a request')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;lint' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Report only findings in files that differ from this git revision')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Set a rule''s level for this run: ID=error|warning|off (repeatable)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--deny-warnings', '--deny-warnings', [CompletionResultType]::ParameterName, 'Exit 1 on warnings too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;explain' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;intake' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;intake;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;intake;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;intake;help;list' {
            break
        }
        'platctl;intake;help;help' {
            break
        }
        'platctl;capability' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;capability;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;capability;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;capability;help;list' {
            break
        }
        'platctl;capability;help;help' {
            break
        }
        'platctl;roadmap' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;roadmap;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;roadmap;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;roadmap;help;list' {
            break
        }
        'platctl;roadmap;help;help' {
            break
        }
        'platctl;report' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;report;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;report;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;report;help;list' {
            break
        }
        'platctl;report;help;help' {
            break
        }
        'platctl;kpi' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;deprecation;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;deprecation;help;list' {
            break
        }
        'platctl;deprecation;help;help' {
            break
        }
        'platctl;exception' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;exception;list' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;exception;help;list' {
            break
        }
        'platctl;exception;help;help' {
            break
        }
        'platctl;changelog' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;schema' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory to write the schemas into (default: <catalog root>/schemas)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory to write the schemas into (default: <catalog root>/schemas)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Print the schema of one kind to standard output instead: a kind directory, or `platctl`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Write nothing; exit 1 if any schema file is missing or differs')
            [CompletionResult]::new('--vscode', '--vscode', [CompletionResultType]::ParameterName, 'Print the `yaml.schemas` setting for VS Code''s .vscode/settings.json (paths from the repository root)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;completions' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every shell''s file into this directory instead (platctl.bash, _platctl, platctl.fish, _platctl.ps1, platctl.elv)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;man' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory to write the pages into (made if missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory to write the pages into (made if missing)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a new catalog: platctl.yaml with commented defaults and the directories')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check the catalog: schemas, references, lifecycle policy, dates')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a lint rule: why it exists, an example that breaks it, the fix')
            [CompletionResult]::new('intake', 'intake', [CompletionResultType]::ParameterValue, 'File, list, deduplicate and triage requests from product teams')
            [CompletionResult]::new('capability', 'capability', [CompletionResultType]::ParameterValue, 'The capability catalog: list, show, release readiness')
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'KPIs for a period: value, target, status, change; --trend over history')
            [CompletionResult]::new('deprecation', 'deprecation', [CompletionResultType]::ParameterValue, 'Deprecations and their migrations')
            [CompletionResult]::new('exception', 'exception', [CompletionResultType]::ParameterValue, 'Time-bound exceptions to platform standards')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'What changed in the catalog between two revisions, as release notes')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write a JSON Schema for every kind of file, for editors and other tools')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;help;init' {
            break
        }
        'platctl;help;lint' {
            break
        }
        'platctl;help;explain' {
            break
        }
        'platctl;help;intake' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            break
        }
        'platctl;help;intake;list' {
            break
        }
        'platctl;help;capability' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            break
        }
        'platctl;help;capability;list' {
            break
        }
        'platctl;help;roadmap' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            break
        }
        'platctl;help;roadmap;list' {
            break
        }
        'platctl;help;report' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            break
        }
        'platctl;help;report;list' {
            break
        }
        'platctl;help;kpi' {
            break
        }
        'platctl;help;deprecation' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            break
        }
        'platctl;help;deprecation;list' {
            break
        }
        'platctl;help;exception' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List')
            break
        }
        'platctl;help;exception;list' {
            break
        }
        'platctl;help;changelog' {
            break
        }
        'platctl;help;schema' {
            break
        }
        'platctl;help;completions' {
            break
        }
        'platctl;help;man' {
            break
        }
        'platctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
