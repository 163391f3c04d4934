
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Teams: list them, add one')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: list them, add one, record what it adopted')
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'KPIs for a period: value, target, status, change; --trend over history')
            [CompletionResult]::new('deprecation', 'deprecation', [CompletionResultType]::ParameterValue, 'Deprecations and their migrations')
            [CompletionResult]::new('exception', 'exception', [CompletionResultType]::ParameterValue, 'Time-bound exceptions to platform standards')
            [CompletionResult]::new('scorecard', 'scorecard', [CompletionResultType]::ParameterValue, 'Scorecards: each entity''s level against a standard, what it needs next, trends')
            [CompletionResult]::new('campaign', 'campaign', [CompletionResultType]::ParameterValue, 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'What changed in the catalog between two revisions, as release notes')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import another catalog: Backstage, OpsLevel or Cortex files')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'The portal: a static website of the whole catalog, for any static file host')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write a JSON Schema for every kind of file, for editors and other tools')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find anything in the catalog by id, name, summary, title or team')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One entity of any kind: capability, service, team, deprecation, exception, request')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default')
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
            [CompletionResult]::new('--no-git', '--no-git', [CompletionResultType]::ParameterName, 'Do not run `git init` when the directory is in no repository')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;intake;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only these statuses (comma-separated or repeated) [default: the open ones: new, triaged, accepted]')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only requests from this team')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only these types (comma-separated or repeated)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of the rows')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every request, closed ones (done, declined, duplicate) included')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('--reopen', '--reopen', [CompletionResultType]::ParameterName, 'Change a closed request (done, declined, duplicate); a status that is not closed clears its `resolved` date, and any status but duplicate its `duplicate_of`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: --route is then required')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: --route is then required')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List capabilities with their adopters, eligible services and adoption rate')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness')
            [CompletionResult]::new('readiness', 'readiness', [CompletionResultType]::ParameterValue, 'The release-readiness checklist: exits 1 when a `ga` capability is not ready')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a capability to the catalog (asks on a terminal)')
            [CompletionResult]::new('set-lifecycle', 'set-lifecycle', [CompletionResultType]::ParameterValue, 'Move a capability to another lifecycle stage (proposed … ga … retired)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a capability''s name, summary, owner, category, docs, runbook or review date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;capability;list' {
            [CompletionResult]::new('--lifecycle', '--lifecycle', [CompletionResultType]::ParameterName, 'Only these lifecycles (repeat or separate with commas)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only capabilities owned by this team')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--golden-path', '--golden-path', [CompletionResultType]::ParameterName, 'Only capabilities on the golden path')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;capability;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;capability;readiness' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Check every `ga` capability')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;capability;new' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The capability''s name')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'One line: what it gives its users')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning team''s id')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id [default: the name as a slug]')
            [CompletionResult]::new('--lifecycle', '--lifecycle', [CompletionResultType]::ParameterName, 'Where it starts [default: proposed]')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category slug: delivery, runtime, identity, data, observability, security, ...')
            [CompletionResult]::new('--docs', '--docs', [CompletionResultType]::ParameterName, 'Documentation URL')
            [CompletionResult]::new('--runbook', '--runbook', [CompletionResultType]::ParameterName, 'Runbook URL')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;capability;set-lifecycle' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;capability;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The name')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'One line: what it gives its users')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning team''s id')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category slug (empty: remove)')
            [CompletionResult]::new('--docs', '--docs', [CompletionResultType]::ParameterName, 'Documentation URL (empty: remove)')
            [CompletionResult]::new('--runbook', '--runbook', [CompletionResultType]::ParameterName, 'Runbook URL (empty: remove)')
            [CompletionResult]::new('--security-review', '--security-review', [CompletionResultType]::ParameterName, 'Date of the last security review, YYYY-MM-DD (empty: remove)')
            [CompletionResult]::new('--golden-path', '--golden-path', [CompletionResultType]::ParameterName, 'Part of the paved road')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;capability;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List capabilities with their adopters, eligible services and adoption rate')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness')
            [CompletionResult]::new('readiness', 'readiness', [CompletionResultType]::ParameterValue, 'The release-readiness checklist: exits 1 when a `ga` capability is not ready')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a capability to the catalog (asks on a terminal)')
            [CompletionResult]::new('set-lifecycle', 'set-lifecycle', [CompletionResultType]::ParameterValue, 'Move a capability to another lifecycle stage (proposed … ga … retired)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a capability''s name, summary, owner, category, docs, runbook or review date')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;capability;help;list' {
            break
        }
        'platctl;capability;help;show' {
            break
        }
        'platctl;capability;help;readiness' {
            break
        }
        'platctl;capability;help;new' {
            break
        }
        'platctl;capability;help;set-lifecycle' {
            break
        }
        'platctl;capability;help;edit' {
            break
        }
        'platctl;capability;help;help' {
            break
        }
        'platctl;team' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List teams with how many services they run and capabilities they own')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a team (asks on a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;team;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only teams of these types (repeat or separate with commas)')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Only the teams directly under this one')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;team;new' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The team''s name, as people say it')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id [default: team-<name as a slug>]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What kind of team it is [default: other]')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'A channel or address to reach the team, e.g. "#devex"')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The team it is part of (a team id), for roll-ups')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;team;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List teams with how many services they run and capabilities they own')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a team (asks on a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;team;help;list' {
            break
        }
        'platctl;team;help;new' {
            break
        }
        'platctl;team;help;help' {
            break
        }
        'platctl;service' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services: team, tier, status, system and how many capabilities each adopted')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a service (asks on a terminal)')
            [CompletionResult]::new('adopt', 'adopt', [CompletionResultType]::ParameterValue, 'Record that a service adopted a capability (added to its `uses`, with `since`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;service;list' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only services of these teams (repeat or separate with commas)')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only these tiers (repeat or separate with commas)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only services with these statuses')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'Only services of this system')
            [CompletionResult]::new('--uses', '--uses', [CompletionResultType]::ParameterName, 'Only services that adopted this capability')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;service;new' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The service''s name')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The owning team''s id')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The id [default: the name as a slug]')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, '1 is the most critical, 3 the least [default: 2]')
            [CompletionResult]::new('--created', '--created', [CompletionResultType]::ParameterName, 'When the repository was created, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--first-deploy', '--first-deploy', [CompletionResultType]::ParameterName, 'The first deploy to a non-production environment, YYYY-MM-DD')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'One line: what the service does')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The system it belongs to (a slug, e.g. checkout)')
            [CompletionResult]::new('--lifecycle', '--lifecycle', [CompletionResultType]::ParameterName, 'Its own lifecycle stage (a slug, e.g. production, experimental)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The repository''s URL')
            [CompletionResult]::new('--docs', '--docs', [CompletionResultType]::ParameterName, 'Documentation URL')
            [CompletionResult]::new('--runbook', '--runbook', [CompletionResultType]::ParameterName, 'Runbook URL')
            [CompletionResult]::new('--oncall', '--oncall', [CompletionResultType]::ParameterName, 'Where pages go, e.g. pagerduty:payments')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;service;adopt' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'When it adopted it, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The interface version it uses, e.g. v2')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;service;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services: team, tier, status, system and how many capabilities each adopted')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a service (asks on a terminal)')
            [CompletionResult]::new('adopt', 'adopt', [CompletionResultType]::ParameterValue, 'Record that a service adopted a capability (added to its `uses`, with `since`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;service;help;list' {
            break
        }
        'platctl;service;help;new' {
            break
        }
        'platctl;service;help;adopt' {
            break
        }
        'platctl;service;help;help' {
            break
        }
        'platctl;roadmap' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a quarter''s items with theme, owner, commitment and status')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Change the roadmap: add an item, set its status, deliver it, slip it')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;roadmap;item' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)')
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set an item''s status: planned, in-progress, at-risk or dropped')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Mark an item delivered, on a date (default: today)')
            [CompletionResult]::new('slip', 'slip', [CompletionResultType]::ParameterValue, 'Mark an item slipped to a later quarter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;roadmap;item;new' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-Qn [default: the quarter that holds today]')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What will be delivered, in one line')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning team''s id')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The item''s id [default: the title as a slug]')
            [CompletionResult]::new('--theme', '--theme', [CompletionResultType]::ParameterName, 'A theme id of the quarter')
            [CompletionResult]::new('--capability', '--capability', [CompletionResultType]::ParameterName, 'The capability it builds or changes')
            [CompletionResult]::new('--commitment', '--commitment', [CompletionResultType]::ParameterName, 'committed (counts for predictability) or stretch')
            [CompletionResult]::new('--effort', '--effort', [CompletionResultType]::ParameterName, 'Person-weeks')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'A measurable outcome')
            [CompletionResult]::new('--kpi', '--kpi', [CompletionResultType]::ParameterName, 'The KPI it should move')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'Roadmap items it depends on (comma-separated)')
            [CompletionResult]::new('--intake', '--intake', [CompletionResultType]::ParameterName, 'Intake requests it answers (comma-separated)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: fail on a missing required flag')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;roadmap;item;set-status' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;roadmap;item;deliver' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The delivery date, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;roadmap;item;slip' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The quarter it slips to, YYYY-Qn')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;roadmap;item;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)')
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set an item''s status: planned, in-progress, at-risk or dropped')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Mark an item delivered, on a date (default: today)')
            [CompletionResult]::new('slip', 'slip', [CompletionResultType]::ParameterValue, 'Mark an item slipped to a later quarter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;roadmap;item;help;new' {
            break
        }
        'platctl;roadmap;item;help;set-status' {
            break
        }
        'platctl;roadmap;item;help;deliver' {
            break
        }
        'platctl;roadmap;item;help;slip' {
            break
        }
        'platctl;roadmap;item;help;help' {
            break
        }
        'platctl;roadmap;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a quarter''s items with theme, owner, commitment and status')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Change the roadmap: add an item, set its status, deliver it, slip it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;roadmap;help;list' {
            break
        }
        'platctl;roadmap;help;item' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)')
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set an item''s status: planned, in-progress, at-risk or dropped')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Mark an item delivered, on a date (default: today)')
            [CompletionResult]::new('slip', 'slip', [CompletionResultType]::ParameterValue, 'Mark an item slipped to a later quarter')
            break
        }
        'platctl;roadmap;help;item;new' {
            break
        }
        'platctl;roadmap;help;item;set-status' {
            break
        }
        'platctl;roadmap;help;item;deliver' {
            break
        }
        'platctl;roadmap;help;item;slip' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'The KPI dashboard: a card per KPI with value, target, status and a sparkline')
            [CompletionResult]::new('scorecard', 'scorecard', [CompletionResultType]::ParameterValue, 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;report;roadmap' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter, YYYY-Qn (fiscal-year aware); default: the quarter that holds today')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;report;catalog' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: Markdown (GitHub), one self-contained HTML file, or JSON')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;report;kpi' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: md)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-`: stdout; a FIFO or a device is written to, never replaced)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;report;scorecard' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: md)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;report;help' {
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'The KPI dashboard: a card per KPI with value, target, status and a sparkline')
            [CompletionResult]::new('scorecard', 'scorecard', [CompletionResultType]::ParameterValue, 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;report;help;roadmap' {
            break
        }
        'platctl;report;help;catalog' {
            break
        }
        'platctl;report;help;kpi' {
            break
        }
        'platctl;report;help;scorecard' {
            break
        }
        'platctl;report;help;help' {
            break
        }
        'platctl;kpi' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period: a quarter (2026-Q4) or a month (2026-11); default: the quarter holding today')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: table)')
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Read the catalog as it is at this git revision instead of the working tree')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --trend: the first period (default: the last four quarters, or twelve months)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'With --trend: a row per quarter or per month (default: quarter)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--trend', '--trend', [CompletionResultType]::ParameterName, 'A row per period per KPI, from --since to --period')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;deprecation' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Announce a deprecation: consumers are filled from the services that use it, all pending')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deprecations: state, progress, days to sunset, who is left by team')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One deprecation: consumers with status, exceptions, and a burn-down from git history')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Set the migration status of consumers (keeps the file''s comments)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a deprecation''s own fields: status, sunset, replacement, migration guide')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;deprecation;new' {
            [CompletionResult]::new('--capability', '--capability', [CompletionResultType]::ParameterName, 'The capability that goes away')
            [CompletionResult]::new('--interface', '--interface', [CompletionResultType]::ParameterName, 'Only this interface version goes away (e.g. v1); consumers are the services using that version')
            [CompletionResult]::new('--replacement', '--replacement', [CompletionResultType]::ParameterName, 'The capability consumers move to')
            [CompletionResult]::new('--announced', '--announced', [CompletionResultType]::ParameterName, 'Announcement date, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--sunset', '--sunset', [CompletionResultType]::ParameterName, 'The day after which it is gone, YYYY-MM-DD [default: announced + policy deprecation_min_notice_days]')
            [CompletionResult]::new('--migration-guide', '--migration-guide', [CompletionResultType]::ParameterName, 'Where consumers learn how to move (a URL)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The deprecation''s id [default: <capability>-<interface>, or <capability>-sunset]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the notice is shorter than the policy''s, written into the file')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept a sunset sooner than the policy''s notice (needs --reason)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: take defaults, fail on a missing required flag')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: take defaults, fail on a missing required flag')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only these states (repeat or separate with commas)')
            [CompletionResult]::new('--capability', '--capability', [CompletionResultType]::ParameterName, 'Only deprecations of this capability')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only deprecations where this team still has consumers to move')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation;migrate' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Their new status')
            [CompletionResult]::new('--exception', '--exception', [CompletionResultType]::ParameterName, 'The exception that allows an `exempt` consumer to stay (EXC-…)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation;update' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The deprecation''s status')
            [CompletionResult]::new('--sunset', '--sunset', [CompletionResultType]::ParameterName, 'A new sunset, YYYY-MM-DD')
            [CompletionResult]::new('--replacement', '--replacement', [CompletionResultType]::ParameterName, 'The capability consumers move to')
            [CompletionResult]::new('--migration-guide', '--migration-guide', [CompletionResultType]::ParameterName, 'Where consumers learn how to move (a URL)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;deprecation;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Announce a deprecation: consumers are filled from the services that use it, all pending')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deprecations: state, progress, days to sunset, who is left by team')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One deprecation: consumers with status, exceptions, and a burn-down from git history')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Set the migration status of consumers (keeps the file''s comments)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a deprecation''s own fields: status, sunset, replacement, migration guide')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;deprecation;help;new' {
            break
        }
        'platctl;deprecation;help;list' {
            break
        }
        'platctl;deprecation;help;show' {
            break
        }
        'platctl;deprecation;help;migrate' {
            break
        }
        'platctl;deprecation;help;update' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List exceptions with their state and days left')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One exception: what it waives, for whom, its state, and the deprecations it exempts')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a requested exception')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an exception before it expires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;exception;new' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'One line: what is waived, for whom, until what')
            [CompletionResult]::new('--standard', '--standard', [CompletionResultType]::ParameterName, 'The standard waived: a capability id')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team that asks')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The service concerned (optional)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the standard cannot be met now')
            [CompletionResult]::new('--risk', '--risk', [CompletionResultType]::ParameterName, 'low, medium or high')
            [CompletionResult]::new('--compensating-controls', '--compensating-controls', [CompletionResultType]::ParameterName, 'What reduces the risk meanwhile (optional)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The last day it holds, YYYY-MM-DD (required: every exception ends)')
            [CompletionResult]::new('--requested', '--requested', [CompletionResultType]::ParameterName, 'Request date, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--approved-by', '--approved-by', [CompletionResultType]::ParameterName, 'Record it as approved by this person (e.g. "Security: J. Doe")')
            [CompletionResult]::new('--granted', '--granted', [CompletionResultType]::ParameterName, 'With --approved-by: the grant date, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Ask nothing: take defaults, fail on a missing required flag')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Ask nothing: take defaults, fail on a missing required flag')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;list' {
            [CompletionResult]::new('--expiring', '--expiring', [CompletionResultType]::ParameterName, 'Only approved exceptions that expire within DAYS from today (not yet expired)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only these states (repeat or separate with commas)')
            [CompletionResult]::new('--standard', '--standard', [CompletionResultType]::ParameterName, 'Only exceptions to this standard (a capability id)')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only exceptions of this team')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;approve' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who approves (e.g. "Security: J. Doe")')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'A new expiry, YYYY-MM-DD')
            [CompletionResult]::new('--granted', '--granted', [CompletionResultType]::ParameterName, 'The grant date, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;reject' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;revoke' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and print the file instead of writing it')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Also commit the file it writes (and only it) to git')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;exception;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List exceptions with their state and days left')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One exception: what it waives, for whom, its state, and the deprecations it exempts')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a requested exception')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an exception before it expires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;exception;help;new' {
            break
        }
        'platctl;exception;help;list' {
            break
        }
        'platctl;exception;help;show' {
            break
        }
        'platctl;exception;help;approve' {
            break
        }
        'platctl;exception;help;reject' {
            break
        }
        'platctl;exception;help;revoke' {
            break
        }
        'platctl;exception;help;help' {
            break
        }
        'platctl;scorecard' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each scorecard: applies to, entities scored, counts per level, median, progress, target')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One scorecard: each entity''s level, score and failing rules; --trend over git history')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Why an entity is at its level, each rule''s outcome and the next step; a CI gate with --min-level')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;scorecard;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;scorecard;show' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only entities of this team and of the teams below it (through `parent`)')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only entities at this level (`none` for below the first)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --trend: the first period (2026-Q1 or 2026-01); default four quarters back')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'With --trend: one point per quarter or per month')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--trend', '--trend', [CompletionResultType]::ParameterName, 'Counts per level at each period end, from git history')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;scorecard;check' {
            [CompletionResult]::new('--scorecard', '--scorecard', [CompletionResultType]::ParameterName, 'Only this scorecard (default: every scorecard for the entity''s kind)')
            [CompletionResult]::new('--min-level', '--min-level', [CompletionResultType]::ParameterName, 'Exit 1 unless the entity is at this level or above')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;scorecard;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each scorecard: applies to, entities scored, counts per level, median, progress, target')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One scorecard: each entity''s level, score and failing rules; --trend over git history')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Why an entity is at its level, each rule''s outcome and the next step; a CI gate with --min-level')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;scorecard;help;list' {
            break
        }
        'platctl;scorecard;help;show' {
            break
        }
        'platctl;scorecard;help;check' {
            break
        }
        'platctl;scorecard;help;help' {
            break
        }
        'platctl;campaign' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each campaign: scorecard, rules, due date, progress, overdue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One campaign: progress, entities left with their team, a weekly burn-up from git history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;campaign;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;campaign;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;campaign;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each campaign: scorecard, rules, due date, progress, overdue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One campaign: progress, entities left with their team, a weekly burn-up from git history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;campaign;help;list' {
            break
        }
        'platctl;campaign;help;show' {
            break
        }
        'platctl;campaign;help;help' {
            break
        }
        'platctl;status' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only what one team owns or asked for (a team id)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: a ranked table, Markdown with headings (a weekly post), or JSON')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'platctl;changelog' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The older revision (default: the last tag before --to, else the first commit)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The newer revision, or `worktree` for the files as they are now (default: HEAD)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: md)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;import' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('backstage', 'backstage', [CompletionResultType]::ParameterValue, 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources')
            [CompletionResult]::new('opslevel', 'opslevel', [CompletionResultType]::ParameterValue, 'Import OpsLevel opslevel.yml files: services and their owners')
            [CompletionResult]::new('cortex', 'cortex', [CompletionResultType]::ParameterValue, 'Import Cortex cortex.yaml entity descriptors: services and teams')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;import;backstage' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the report')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change, as a diff, and write nothing')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit the files written (and only them) in one commit')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove files import created whose entity is gone from the source')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;import;opslevel' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the report')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change, as a diff, and write nothing')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit the files written (and only them) in one commit')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove files import created whose entity is gone from the source')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;import;cortex' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the report')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change, as a diff, and write nothing')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit the files written (and only them) in one commit')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Remove files import created whose entity is gone from the source')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read every source even when nothing changed since the last import (the cache in .platctl/cache is neither read nor written)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;import;help' {
            [CompletionResult]::new('backstage', 'backstage', [CompletionResultType]::ParameterValue, 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources')
            [CompletionResult]::new('opslevel', 'opslevel', [CompletionResultType]::ParameterValue, 'Import OpsLevel opslevel.yml files: services and their owners')
            [CompletionResult]::new('cortex', 'cortex', [CompletionResultType]::ParameterValue, 'Import Cortex cortex.yaml entity descriptors: services and teams')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;import;help;backstage' {
            break
        }
        'platctl;import;help;opslevel' {
            break
        }
        'platctl;import;help;cortex' {
            break
        }
        'platctl;import;help;help' {
            break
        }
        'platctl;export' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('backstage', 'backstage', [CompletionResultType]::ParameterValue, 'Backstage entities: one file per team, service and capability, plus a Location')
            [CompletionResult]::new('tables', 'tables', [CompletionResultType]::ParameterValue, 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;export;backstage' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory to write (replaced whole)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory to write (replaced whole)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;export;tables' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory to write into (made when missing; files in it are replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory to write into (made when missing; files in it are replaced)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'The first period of history: a quarter (2025-Q1) or a month (2026-01)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'A set of rows per quarter or per month (default: quarter, or month when --since is a month)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;export;help' {
            [CompletionResult]::new('backstage', 'backstage', [CompletionResultType]::ParameterValue, 'Backstage entities: one file per team, service and capability, plus a Location')
            [CompletionResult]::new('tables', 'tables', [CompletionResultType]::ParameterValue, 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;export;help;backstage' {
            break
        }
        'platctl;export;help;tables' {
            break
        }
        'platctl;export;help;help' {
            break
        }
        'platctl;site' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;site;build' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory to write the site to (replaced whole)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory to write the site to (replaced whole)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, '"What changed" on the home page starts here: a number of days or weeks back (30d, 2w), a date (2026-10-01), or a quarter or month (its first day); default 30d')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;site;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'platctl;site;help;build' {
            break
        }
        'platctl;site;help;help' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;search' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more about what is happening (timings, files read)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'platctl;mcp' {
            [CompletionResult]::new('--max-output', '--max-output', [CompletionResultType]::ParameterName, 'Longest answer in bytes; a longer one is cut with a note saying so')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'The catalog root (the directory holding platctl.yaml); default: search upward from here')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date every date rule and KPI uses (YYYY-MM-DD); default: the local date')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'Also offer intake_new and intake_triage, which write request files (never commit)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors')
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
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'Teams: list them, add one')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services: list them, add one, record what it adopted')
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: the quarterly roadmap report, the KPI dashboard, the catalog page')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'KPIs for a period: value, target, status, change; --trend over history')
            [CompletionResult]::new('deprecation', 'deprecation', [CompletionResultType]::ParameterValue, 'Deprecations and their migrations')
            [CompletionResult]::new('exception', 'exception', [CompletionResultType]::ParameterValue, 'Time-bound exceptions to platform standards')
            [CompletionResult]::new('scorecard', 'scorecard', [CompletionResultType]::ParameterValue, 'Scorecards: each entity''s level against a standard, what it needs next, trends')
            [CompletionResult]::new('campaign', 'campaign', [CompletionResultType]::ParameterValue, 'Campaigns: time-boxed pushes to get entities passing scorecard rules by a date')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'What needs attention today, ranked: late requests, expiring waivers, sunsets, risks, KPIs')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'What changed in the catalog between two revisions, as release notes')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import another catalog: Backstage, OpsLevel or Cortex files')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Files for other tools: a Backstage catalog, warehouse tables (Parquet, JSON Lines, CSV)')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'The portal: a static website of the whole catalog, for any static file host')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Write a JSON Schema for every kind of file, for editors and other tools')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find anything in the catalog by id, name, summary, title or team')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One entity of any kind: capability, service, team, deprecation, exception, request')
            [CompletionResult]::new('mcp', 'mcp', [CompletionResultType]::ParameterValue, 'Serve the catalog to AI assistants over MCP (stdio), offline and read-only by default')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List capabilities with their adopters, eligible services and adoption rate')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything about one capability: owner, lifecycle, SLOs, support, interfaces, dependencies both ways, adopters by team, open deprecations and exceptions, release readiness')
            [CompletionResult]::new('readiness', 'readiness', [CompletionResultType]::ParameterValue, 'The release-readiness checklist: exits 1 when a `ga` capability is not ready')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a capability to the catalog (asks on a terminal)')
            [CompletionResult]::new('set-lifecycle', 'set-lifecycle', [CompletionResultType]::ParameterValue, 'Move a capability to another lifecycle stage (proposed … ga … retired)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a capability''s name, summary, owner, category, docs, runbook or review date')
            break
        }
        'platctl;help;capability;list' {
            break
        }
        'platctl;help;capability;show' {
            break
        }
        'platctl;help;capability;readiness' {
            break
        }
        'platctl;help;capability;new' {
            break
        }
        'platctl;help;capability;set-lifecycle' {
            break
        }
        'platctl;help;capability;edit' {
            break
        }
        'platctl;help;team' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List teams with how many services they run and capabilities they own')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a team (asks on a terminal)')
            break
        }
        'platctl;help;team;list' {
            break
        }
        'platctl;help;team;new' {
            break
        }
        'platctl;help;service' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List services: team, tier, status, system and how many capabilities each adopted')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add a service (asks on a terminal)')
            [CompletionResult]::new('adopt', 'adopt', [CompletionResultType]::ParameterValue, 'Record that a service adopted a capability (added to its `uses`, with `since`)')
            break
        }
        'platctl;help;service;list' {
            break
        }
        'platctl;help;service;new' {
            break
        }
        'platctl;help;service;adopt' {
            break
        }
        'platctl;help;roadmap' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a quarter''s items with theme, owner, commitment and status')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'Change the roadmap: add an item, set its status, deliver it, slip it')
            break
        }
        'platctl;help;roadmap;list' {
            break
        }
        'platctl;help;roadmap;item' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Add an item to a quarter''s roadmap (the quarter''s file is made when missing)')
            [CompletionResult]::new('set-status', 'set-status', [CompletionResultType]::ParameterValue, 'Set an item''s status: planned, in-progress, at-risk or dropped')
            [CompletionResult]::new('deliver', 'deliver', [CompletionResultType]::ParameterValue, 'Mark an item delivered, on a date (default: today)')
            [CompletionResult]::new('slip', 'slip', [CompletionResultType]::ParameterValue, 'Mark an item slipped to a later quarter')
            break
        }
        'platctl;help;roadmap;item;new' {
            break
        }
        'platctl;help;roadmap;item;set-status' {
            break
        }
        'platctl;help;roadmap;item;deliver' {
            break
        }
        'platctl;help;roadmap;item;slip' {
            break
        }
        'platctl;help;report' {
            [CompletionResult]::new('roadmap', 'roadmap', [CompletionResultType]::ParameterValue, 'The quarterly roadmap report: predictability by theme, risks, scope changes, intake traceability')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'The capability catalog page: what exists by category and lifecycle, owners, SLOs, support, adoption')
            [CompletionResult]::new('kpi', 'kpi', [CompletionResultType]::ParameterValue, 'The KPI dashboard: a card per KPI with value, target, status and a sparkline')
            [CompletionResult]::new('scorecard', 'scorecard', [CompletionResultType]::ParameterValue, 'The scorecard report: distribution, team roll-up, rule pass rates, trend, why each level')
            break
        }
        'platctl;help;report;roadmap' {
            break
        }
        'platctl;help;report;catalog' {
            break
        }
        'platctl;help;report;kpi' {
            break
        }
        'platctl;help;report;scorecard' {
            break
        }
        'platctl;help;kpi' {
            break
        }
        'platctl;help;deprecation' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Announce a deprecation: consumers are filled from the services that use it, all pending')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List deprecations: state, progress, days to sunset, who is left by team')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One deprecation: consumers with status, exceptions, and a burn-down from git history')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Set the migration status of consumers (keeps the file''s comments)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a deprecation''s own fields: status, sunset, replacement, migration guide')
            break
        }
        'platctl;help;deprecation;new' {
            break
        }
        'platctl;help;deprecation;list' {
            break
        }
        'platctl;help;deprecation;show' {
            break
        }
        'platctl;help;deprecation;migrate' {
            break
        }
        'platctl;help;deprecation;update' {
            break
        }
        'platctl;help;exception' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Request (or record) an exception: a fresh EXC- id, an expiry within the policy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List exceptions with their state and days left')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One exception: what it waives, for whom, its state, and the deprecations it exempts')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve (or renew) an exception: sets approved_by, granted (today) and optionally expires')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a requested exception')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an exception before it expires')
            break
        }
        'platctl;help;exception;new' {
            break
        }
        'platctl;help;exception;list' {
            break
        }
        'platctl;help;exception;show' {
            break
        }
        'platctl;help;exception;approve' {
            break
        }
        'platctl;help;exception;reject' {
            break
        }
        'platctl;help;exception;revoke' {
            break
        }
        'platctl;help;scorecard' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each scorecard: applies to, entities scored, counts per level, median, progress, target')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One scorecard: each entity''s level, score and failing rules; --trend over git history')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Why an entity is at its level, each rule''s outcome and the next step; a CI gate with --min-level')
            break
        }
        'platctl;help;scorecard;list' {
            break
        }
        'platctl;help;scorecard;show' {
            break
        }
        'platctl;help;scorecard;check' {
            break
        }
        'platctl;help;campaign' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each campaign: scorecard, rules, due date, progress, overdue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One campaign: progress, entities left with their team, a weekly burn-up from git history')
            break
        }
        'platctl;help;campaign;list' {
            break
        }
        'platctl;help;campaign;show' {
            break
        }
        'platctl;help;status' {
            break
        }
        'platctl;help;changelog' {
            break
        }
        'platctl;help;import' {
            [CompletionResult]::new('backstage', 'backstage', [CompletionResultType]::ParameterValue, 'Import Backstage descriptor files (catalog-info.yaml): groups, components, resources')
            [CompletionResult]::new('opslevel', 'opslevel', [CompletionResultType]::ParameterValue, 'Import OpsLevel opslevel.yml files: services and their owners')
            [CompletionResult]::new('cortex', 'cortex', [CompletionResultType]::ParameterValue, 'Import Cortex cortex.yaml entity descriptors: services and teams')
            break
        }
        'platctl;help;import;backstage' {
            break
        }
        'platctl;help;import;opslevel' {
            break
        }
        'platctl;help;import;cortex' {
            break
        }
        'platctl;help;export' {
            [CompletionResult]::new('backstage', 'backstage', [CompletionResultType]::ParameterValue, 'Backstage entities: one file per team, service and capability, plus a Location')
            [CompletionResult]::new('tables', 'tables', [CompletionResultType]::ParameterValue, 'Warehouse tables: catalog, adoption, deprecations, exceptions, intake, KPIs, scorecards')
            break
        }
        'platctl;help;export;backstage' {
            break
        }
        'platctl;help;export;tables' {
            break
        }
        'platctl;help;site' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build the static site: every capability, service, team, deprecation, the roadmap, the KPIs')
            break
        }
        'platctl;help;site;build' {
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
        'platctl;help;search' {
            break
        }
        'platctl;help;show' {
            break
        }
        'platctl;help;mcp' {
            break
        }
        'platctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
