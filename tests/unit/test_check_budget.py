"""One check cannot hang the server: a time budget per check and a bound on checks at once."""
import threading

import pytest

from service.budget import CheckBudget
from service.errors import CheckOverBudget
from service.config import Settings


def test_a_check_within_its_budget_gives_its_result_and_its_errors():
    budget = CheckBudget(seconds=5, concurrent=1)
    assert budget.run(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        budget.run(lambda: 1 / 0)
    assert budget.run(lambda: "slot released") == "slot released"


def test_a_check_past_its_budget_is_refused_and_keeps_its_slot_until_it_ends():
    release, ended = threading.Event(), threading.Event()

    def hanging():
        release.wait(10)
        ended.set()
        return "late"
    budget = CheckBudget(seconds=0.05, concurrent=1)
    with pytest.raises(CheckOverBudget, match="budget of 0.05 s"):
        budget.run(hanging)
    with pytest.raises(CheckOverBudget, match="slots are busy"):  # the runaway still holds the slot
        budget.run(lambda: "refused at once")
    release.set()
    assert ended.wait(5)
    for _ in range(100):
        try:
            assert budget.run(lambda: "free again") == "free again"
            break
        except CheckOverBudget:
            threading.Event().wait(0.01)
    else:
        pytest.fail("the slot was not released when the runaway check ended")


def test_without_a_budget_the_check_runs_in_the_callers_thread():
    assert CheckBudget(seconds=0, concurrent=1).run(threading.current_thread) is threading.current_thread()


def test_the_budget_settings_are_read_and_checked():
    settings = Settings.from_env({"FACTCHECK_CHECK_TIMEOUT": "2.5", "FACTCHECK_CONCURRENT_CHECKS": "3"})
    assert (settings.limits.check_timeout, settings.limits.concurrent_checks) == (2.5, 3)
    with pytest.raises(ValueError, match="FACTCHECK_CONCURRENT_CHECKS must be at least 1"):
        Settings.from_env({"FACTCHECK_CONCURRENT_CHECKS": "0"})
    with pytest.raises(ValueError, match="FACTCHECK_CHECK_TIMEOUT must be a number"):
        Settings.from_env({"FACTCHECK_CHECK_TIMEOUT": "soon"})
