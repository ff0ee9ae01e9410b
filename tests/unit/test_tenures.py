"""Starts that contradict each other: a term begun in two years, a company dated before its founding."""
from datetime import date

import pytest


def codes(engine, text, language, published_at=date(2025, 3, 14)):
    report = engine.check(text, language=language, published_at=published_at)
    return [f.code for f in report.findings if f.kind == "internal_contradiction"]


@pytest.mark.parametrize("text, language, code", [
    ("Bürgermeisterin Lea Brandl (SPD), die seit 2018 im Amt ist, sprach von einem guten Tag. Die vor drei Jahren "
     "erstmals ins Amt gewählte Bürgermeisterin kündigte weitere Schritte an.", "de", "FC121"),
    ("Chief executive Tom Welland, who took over in 2016, was pleased. Welland, appointed two years ago, said "
     "more jobs would follow.", "en", "FC121"),
    ("Die Firma Varnor wurde 2022 gegründet. Bereits 2020 hatte Varnor eine erste Finanzierungsrunde abgeschlossen.",
     "de", "FC107"),
])
def test_two_starts_that_cannot_both_hold_are_a_contradiction(engine, text, language, code):
    assert codes(engine, text, language) == [code]


@pytest.mark.parametrize("text, language", [
    ("Bürgermeisterin Lea Brandl (SPD), die seit 2022 im Amt ist, sprach von einem guten Tag. Die vor drei Jahren "
     "erstmals ins Amt gewählte Bürgermeisterin kündigte weitere Schritte an.", "de"),
    ("Bürgermeister Ivo Sand will bis 2030 im Amt bleiben. Der seit 2019 amtierende Sand lehnt einen Rücktritt ab.",
     "de"),
    ("Die Firma Varnor wurde 2018 gegründet. Bereits 2020 hatte Varnor eine erste Finanzierungsrunde abgeschlossen.",
     "de"),
])
def test_starts_that_fit_together_are_left_alone(engine, text, language):
    assert codes(engine, text, language) == []
