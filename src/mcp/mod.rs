//! `platctl mcp`: the catalog for AI assistants, over the Model Context
//! Protocol on stdin/stdout. The one place that names the MCP crate (rmcp)
//! and its async runtime.
//!
//! Each tool runs the matching `platctl` command, parsed by the same clap
//! definitions and run by the same code as on the command line, with its
//! output kept instead of printed: a tool answers exactly what
//! `--format json` prints. Nothing is read or written outside the catalog
//! root, nothing is committed, and answers are cut at a size limit with a
//! note saying so.

pub mod resources;
pub mod tools;

use crate::app::Env;
use crate::output::terminal::Capture;
use chrono::NaiveDate;
use clap::Parser;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, Implementation,
    ListResourcesResult, ListToolsResult, PaginatedRequestParams, ReadResourceRequestParams,
    ReadResourceResponse, ReadResourceResult, Resource, ResourceContents, ServerCapabilities,
    ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::{ErrorData as McpError, RoleServer, ServerHandler, ServiceExt};
use std::path::PathBuf;
use std::sync::Arc;

/// Longest message accepted from the client; a longer line is dropped
/// (arguments are a few kilobytes at most).
const MAX_MESSAGE: usize = 1024 * 1024;

/// How the server was started.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The catalog root (found once, at start).
    pub root: PathBuf,
    /// The date every date rule and KPI uses: `--today`, else the date the
    /// server started.
    pub today: NaiveDate,
    /// Offer `intake_new` and `intake_triage`.
    pub allow_writes: bool,
    /// Longest answer, in bytes; longer ones are cut with a note.
    pub max_output: usize,
}

/// The MCP server: the settings and the tool list made once.
#[derive(Clone)]
pub struct Server {
    settings: Arc<Settings>,
}

/// What one tool call produced, before it is put into MCP's shape.
#[derive(Debug, PartialEq)]
pub struct Answer {
    /// The command's output, cut to the limit.
    pub text: String,
    /// Remarks the command made (what it wrote, what it skipped).
    pub notes: String,
    pub is_error: bool,
}

/// Cuts `s` to at most `max` bytes on a character boundary, with a note that
/// says how much was left out and how to ask for less.
pub fn bounded(s: String, max: usize) -> String {
    if s.len() <= max {
        return s;
    }
    let mut cut = max;
    while cut > 0 && !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let total = s.len();
    let mut out = s;
    out.truncate(cut);
    out.push_str(&format!(
        "\n[truncated: the answer is {total} bytes and only the first {cut} are shown; ask for less (a filter, a narrower query or fewer paths)]\n"
    ));
    out
}

impl Server {
    pub fn new(settings: Settings) -> Server {
        Server {
            settings: Arc::new(settings),
        }
    }

    /// Runs one tool call to its answer. Never panics: bad arguments, a
    /// command's error and even a bug are answers with `is_error` set.
    pub fn answer(&self, name: &str, args: &serde_json::Map<String, serde_json::Value>) -> Answer {
        let s = &self.settings;
        let refuse = |why: String| Answer {
            text: why,
            notes: String::new(),
            is_error: true,
        };
        let argv = match tools::command_line(&s.root, name, args, s.allow_writes) {
            Ok(a) => a,
            Err(why) => return refuse(why),
        };
        let cli = match crate::cli::Cli::try_parse_from(
            std::iter::once("platctl".to_string()).chain(argv),
        ) {
            Ok(c) => c,
            Err(e) => return refuse(e.render().to_string().trim_end().to_string()),
        };
        let env = Env::captured(s.root.clone(), s.today);
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::commands::dispatch(&env, cli.command)
        }));
        let (out, notes) = env.capture.as_ref().map(Capture::take).unwrap_or_default();
        match run {
            Ok(Ok(_)) => Answer {
                text: bounded(out, s.max_output),
                notes: bounded(notes, s.max_output / 8),
                is_error: false,
            },
            Ok(Err(e)) => {
                let msg = crate::output::diagnostics::error_text(&e);
                Answer {
                    text: bounded(msg, s.max_output),
                    notes: bounded(notes, s.max_output / 8),
                    is_error: true,
                }
            }
            Err(_) => refuse(format!(
                "error: platctl failed on this call (a bug: please report it with the arguments: {name} {})",
                serde_json::Value::Object(args.clone())
            )),
        }
    }
}

fn tool(t: tools::ToolDef) -> Tool {
    let schema = match t.schema {
        serde_json::Value::Object(m) => m,
        _ => serde_json::Map::new(),
    };
    let mut ann = ToolAnnotations::new()
        .read_only(t.read_only)
        .open_world(false);
    if !t.read_only {
        ann = ann.destructive(false).idempotent(false);
    }
    Tool::new(t.name, t.description, Arc::new(schema)).with_annotations(ann)
}

impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        let caps = ServerCapabilities::builder()
            .enable_tools()
            .enable_resources()
            .build();
        let writes = if self.settings.allow_writes {
            "It can also file (intake_new) and triage (intake_triage) requests; it never commits."
        } else {
            "It is read-only."
        };
        ServerConfig::new(caps)
            .with_server_info(Implementation::new("platctl", env!("CARGO_PKG_VERSION")))
            .with_instructions(format!(
                "Answers about an internal developer platform from its catalog (YAML files in git), computed locally: who owns what, lifecycles, adoption, deprecations and who must migrate, exceptions, the roadmap, requests, KPIs, lint findings, changes between revisions. Start with `search` to find ids, then `show`. Every answer is the JSON of the matching `platctl ... --format json` command. The resources hold the file format, the lint rules and a JSON Schema per kind of file. {writes}"
            ))
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, McpError> {
        Ok(ListToolsResult::with_all_items(
            tools::tools(self.settings.allow_writes)
                .into_iter()
                .map(tool)
                .collect(),
        ))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, McpError> {
        let args = request.arguments.unwrap_or_default();
        let a = self.answer(&request.name, &args);
        let mut content = vec![ContentBlock::text(a.text)];
        if !a.notes.is_empty() {
            content.push(ContentBlock::text(format!("notes:\n{}", a.notes)));
        }
        Ok(if a.is_error {
            CallToolResult::error(content)
        } else {
            CallToolResult::success(content)
        }
        .into())
    }

    async fn list_resources(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListResourcesResult, McpError> {
        Ok(ListResourcesResult::with_all_items(
            resources::all()
                .into_iter()
                .map(|r| {
                    Resource::new(r.uri, r.name)
                        .with_description(r.description)
                        .with_mime_type(r.mime)
                        .with_size(r.text.len() as u64)
                })
                .collect(),
        ))
    }

    async fn read_resource(
        &self,
        request: ReadResourceRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<ReadResourceResponse, McpError> {
        match resources::all().into_iter().find(|r| r.uri == request.uri) {
            Some(r) => Ok(ReadResourceResult::new(vec![
                ResourceContents::text(r.text, r.uri).with_mime_type(r.mime)
            ])
            .into()),
            None => Err(McpError::resource_not_found(
                format!(
                    "no resource `{}`: resources/list names them (platctl://docs/format.md, platctl://docs/rules.md, platctl://schemas/...)",
                    request.uri.chars().take(200).collect::<String>()
                ),
                None,
            )),
        }
    }
}

/// Serves MCP on stdin/stdout until stdin closes.
pub fn serve(settings: Settings) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let server = Server::new(settings);
    rt.block_on(async move {
        let (stdin, stdout) = rmcp::transport::stdio();
        let transport = rmcp::transport::async_rw::AsyncRwTransport::new_server(stdin, stdout)
            .with_max_line_length(MAX_MESSAGE);
        let running = match server.serve(transport).await {
            Ok(r) => r,
            // Stdin closed before a client said anything: nothing to serve.
            Err(rmcp::service::ServerInitializeError::ConnectionClosed(_)) => return Ok(()),
            Err(e) => anyhow::bail!("the MCP session did not start: {e}"),
        };
        running
            .waiting()
            .await
            .map_err(|e| anyhow::anyhow!("the MCP session ended badly: {e}"))?;
        anyhow::Ok(())
    })?;
    // A read of stdin may still sit in the blocking pool: do not wait for it.
    rt.shutdown_timeout(std::time::Duration::from_millis(100));
    Ok(())
}

/// What `platctl mcp` says on standard error as it starts: the catalog it
/// serves and whether it may write.
pub fn banner(root: &std::path::Path, allow_writes: bool) -> String {
    format!(
        "platctl mcp: serving the catalog at {} on stdin/stdout ({})",
        root.display(),
        if allow_writes {
            "intake_new and intake_triage may write request files"
        } else {
            "read-only"
        }
    )
}

#[cfg(test)]
mod tests {
    use super::bounded;

    #[test]
    fn bounded_cuts_on_a_character_boundary_with_a_note() {
        assert_eq!(bounded("short".into(), 10), "short");
        // "é" is two bytes: a cut at 3 bytes falls inside the second one.
        let s = bounded("éé".into(), 3);
        assert!(
            s.starts_with("é\n[truncated: the answer is 4 bytes and only the first 2 are shown")
        );
    }
}
