"""Keep a blocking library call from freezing the event loop.

The report service renders PDFs with legacy_pdf, an old synchronous
library: legacy_pdf.render() takes a while and knows nothing about asyncio.
export_report calls it directly inside a coroutine, so while a PDF is being
rendered the whole event loop stands still, and the health check cannot
answer until every export is done.

Run the blocking call in a worker thread and await its result, so that
the event loop stays free. Don't change legacy_pdf.
"""

import asyncio

import legacy_pdf


async def export_report(report_id: str) -> str:
    # The render runs in the default thread pool; this coroutine waits for it
    # without blocking, and the event loop keeps serving other tasks meanwhile.
    pdf = await asyncio.to_thread(legacy_pdf.render, report_id)
    return f"{report_id}.pdf ({len(pdf)} bytes)"
