"""`factcheck rules test` and `factcheck fixtures validate`: the data files' own checks."""
from __future__ import annotations

from service.cli.environment import settings_for

def rules_test(args) -> int:
    """Run every rule's examples: exit 1 if one fails."""
    from service.engine.engine import Engine
    from service.rule_examples import run_examples

    engine = Engine.from_settings(settings_for(args))
    failures = 0
    total = 0
    for outcome in run_examples(engine):
        total += 1
        if not outcome.passed:
            failures += 1
            print(f"FAIL {outcome.rule.path}: {outcome.rule.id}: example {outcome.index + 1}: {outcome.problem}")
    print(f"{total - failures} passed, {failures} failed")
    return 1 if failures else 0


def fixtures_validate(args) -> int:
    """0 valid; 1 valid but with facts that contradict each other; 2 invalid (every problem listed)."""
    from service.facts import contradicting_facts, load_fact_store

    directories = args.directories or list(settings_for(args).reading.fixtures_dirs)
    store = load_fact_store(directories)
    conflicts = contradicting_facts(store)
    for conflict in conflicts:
        print(f"warning: {conflict}")
    print(f"{'ok' if not conflicts else 'valid'}: {len(store.entities)} entities, {len(store.facts)} facts, "
          f"{len(store.rates)} rates in {', '.join(str(d) for d in directories)}"
          + (f"; {len(conflicts)} contradiction(s)" if conflicts else ""))
    return 1 if conflicts else 0
