"""Sync products from a partner API without letting one failure stop the rest.

`sync_products(product_ids, fetch)` downloads every product with
`fetch(product_id)` on a thread pool. Some calls fail (timeouts, unknown
products, broken payloads). Right now the first failure blows up the whole
sync, and the products that did download are lost.

Collect the outcome of each task instead: successful products go into
`report.synced`, failures into `report.failed` as "ExceptionName: message".
"""

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

MAX_WORKERS = 4

Product = dict[str, Any]


@dataclass
class SyncReport:
    synced: dict[str, Product] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


def sync_products(
    product_ids: list[str], fetch: Callable[[str], Product]
) -> SyncReport:
    report = SyncReport()
    with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        futures: dict[Future[Product], str] = {
            pool.submit(fetch, product_id): product_id for product_id in product_ids
        }
        for future in as_completed(futures):
            product_id = futures[future]
            try:
                report.synced[product_id] = future.result()
            except Exception as exc:
                report.failed[product_id] = f"{type(exc).__name__}: {exc}"
    return report
