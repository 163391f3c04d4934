
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
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request: questions on a terminal, flags in scripts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests with their RICE score and age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one request: fields, RICE, linked capability and roadmap item')
            [CompletionResult]::new('similar', 'similar', [CompletionResultType]::ParameterValue, 'Requests most like one request, or like a text: duplicate candidates')
            [CompletionResult]::new('triage', 'triage', [CompletionResultType]::ParameterValue, 'Route a request and set its status; keeps the rest of the file as written')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;intake;new' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'One line: what is asked')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The requesting team (an id from teams/)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'capability | enhancement | onboarding | support | docs | bug | other (default other)')
            [CompletionResult]::new('--problem', '--problem', [CompletionResultType]::ParameterName, 'The problem, not the solution (several lines are fine)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'What success looks like (optional)')
            [CompletionResult]::new('--urgency', '--urgency', [CompletionResultType]::ParameterName, 'low | medium | high | critical (default medium)')
            [CompletionResult]::new('--reach', '--reach', [CompletionResultType]::ParameterName, 'Teams affected, an integer >= 1 (default 1)')
            [CompletionResult]::new('--impact', '--impact', [CompletionResultType]::ParameterName, '0.25 | 0.5 | 1 | 2 | 3 (default 1)')
            [CompletionResult]::new('--confidence', '--confidence', [CompletionResultType]::ParameterName, '0 < c <= 1 (default 0.5)')
            [CompletionResult]::new('--effort', '--effort', [CompletionResultType]::ParameterName, 'Person-weeks, > 0 (optional; RICE needs it)')
            [CompletionResult]::new('--capability', '--capability', [CompletionResultType]::ParameterName, 'The capability it relates to (an id from capabilities/, optional)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Who to ask: an address or a channel (optional)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: take flags and defaults, continue past duplicate candidates')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: take flags and defaults, continue past duplicate candidates')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the new file (and only it) to git')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;intake;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only requests from this team')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these types (comma-separated or repeated)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
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
        'platctl;intake;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
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
        'platctl;intake;similar' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text to compare with every request instead')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many requests')
            [CompletionResult]::new('--min-score', '--min-score', [CompletionResultType]::ParameterName, 'Lowest score shown, 0..1')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
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
        'platctl;intake;triage' {
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'Where it goes: backlog | support | docs | custom')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status (default triaged; duplicate when --duplicate-of is given)')
            [CompletionResult]::new('--duplicate-of', '--duplicate-of', [CompletionResultType]::ParameterName, 'The request this one duplicates (sets status duplicate)')
            [CompletionResult]::new('--roadmap-item', '--roadmap-item', [CompletionResultType]::ParameterName, 'The roadmap item that will deliver it')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: --route is then required')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: --route is then required')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the edited file (and only it) to git')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the edited file instead of writing it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;intake;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request: questions on a terminal, flags in scripts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests with their RICE score and age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one request: fields, RICE, linked capability and roadmap item')
            [CompletionResult]::new('similar', 'similar', [CompletionResultType]::ParameterValue, 'Requests most like one request, or like a text: duplicate candidates')
            [CompletionResult]::new('triage', 'triage', [CompletionResultType]::ParameterValue, 'Route a request and set its status; keeps the rest of the file as written')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;intake;help;new' {
            break
        }
        'platctl;intake;help;list' {
            break
        }
        'platctl;intake;help;show' {
            break
        }
        'platctl;intake;help;similar' {
            break
        }
        'platctl;intake;help;triage' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a quarter''s items with theme, owner, commitment and status')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;roadmap;list' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a quarter''s items with theme, owner, commitment and status')
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
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;report;roadmap' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
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
        'platctl;report;catalog' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
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
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;report;help;roadmap' {
            break
        }
        'platctl;report;help;catalog' {
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
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'File a request: questions on a terminal, flags in scripts')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests with their RICE score and age')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one request: fields, RICE, linked capability and roadmap item')
            [CompletionResult]::new('similar', 'similar', [CompletionResultType]::ParameterValue, 'Requests most like one request, or like a text: duplicate candidates')
            [CompletionResult]::new('triage', 'triage', [CompletionResultType]::ParameterValue, 'Route a request and set its status; keeps the rest of the file as written')
            break
        }
        'platctl;help;intake;new' {
            break
        }
        'platctl;help;intake;list' {
            break
        }
        'platctl;help;intake;show' {
            break
        }
        'platctl;help;intake;similar' {
            break
        }
        'platctl;help;intake;triage' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a quarter''s items with theme, owner, commitment and status')
            break
        }
        'platctl;help;roadmap;list' {
            break
        }
        'platctl;help;report' {
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption')
            break
        }
        'platctl;help;report;roadmap' {
            break
        }
        'platctl;help;report;catalog' {
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
