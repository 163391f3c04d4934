"""Drives `platctl mcp` with the official MCP Python SDK's stdio client, as an
editor's assistant does, and prints what it got as one JSON object.

Usage: client.py PLATCTL_BINARY CATALOG_DIR
"""

import asyncio
import json
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


async def main(binary: str, catalog: str) -> None:
    params = StdioServerParameters(
        command=binary,
        args=["-C", catalog, "mcp"],
        env={"PLATCTL_TODAY": "2026-11-27", "NO_COLOR": "1"},
    )
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            tools = await session.list_tools()
            found = await session.call_tool("search", {"query": "svc-a"})
            shown = await session.call_tool("show", {"kind": "team", "id": "team-b"})
            refused = await session.call_tool("lint", {"paths": ["../../etc"]})
            resources = await session.list_resources()
            fmt = await session.read_resource("platctl://docs/format.md")
            out = {
                "server": init.server_info.name,
                "tools": sorted(t.name for t in tools.tools),
                "read_only": sorted(
                    t.name for t in tools.tools if t.annotations and t.annotations.read_only_hint
                ),
                "search": json.loads(found.content[0].text),
                "search_error": bool(found.is_error),
                "show": json.loads(shown.content[0].text),
                "refused": refused.content[0].text,
                "refused_error": bool(refused.is_error),
                "resources": [str(r.uri) for r in resources.resources],
                "format_starts": fmt.contents[0].text[:40],
            }
            print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
