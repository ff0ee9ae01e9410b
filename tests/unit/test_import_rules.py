"""The house's layers, read from the source with the standard library's ast module: the engine
imports no web, storage or delivery code; the fact store and storage import no engine code; and
no module imports another that imports it back, directly or round a longer loop (imports made
only for type checkers, under `if TYPE_CHECKING:`, never run and do not count)."""
import ast
from pathlib import Path

from tests.conftest import ROOT

SERVICE = ROOT / "service"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, name: str, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    skipped = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
               and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
               for node in ast.walk(block)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                kept = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(kept + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {module for module in found if module in known and module != name}


def import_graph() -> dict[str, set[str]]:
    paths = {_module_name(path): path for path in SERVICE.rglob("*.py")}
    return {name: _runtime_imports(path, name, set(paths)) for name, path in paths.items()}


def test_the_engine_imports_no_web_storage_or_delivery_code():
    forbidden = ("service.api", "service.review", "service.app", "service.storage", "service.tables",
                 "service.webhooks", "service.outbox", "service.cli", "service.production")
    wrong = {name: sorted(d for d in deps if d.startswith(forbidden))
             for name, deps in import_graph().items() if name.startswith("service.engine")}
    assert {name: deps for name, deps in wrong.items() if deps} == {}


def test_the_fact_store_and_storage_import_no_engine_code():
    lower = ("service.facts", "service.storage", "service.tables", "service.migrations", "service.intervals")
    wrong = {name: sorted(d for d in deps if d.startswith("service.engine"))
             for name, deps in import_graph().items() if name.startswith(lower)}
    assert {name: deps for name, deps in wrong.items() if deps} == {}


def test_no_module_imports_another_that_imports_it_back():
    graph = import_graph()
    loops = [sorted(group) for group in _strongly_connected(graph) if len(group) > 1]
    assert loops == []


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm: the groups of modules that reach each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            groups.append(group)

    for node in graph:
        if node not in index:
            visit(node)
    return groups
