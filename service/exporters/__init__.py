"""Reports in the formats other tools read: SARIF, JUnit, GitHub workflow commands, ClaimReview.

Every exporter takes `Checked` items (a file's path, its text, its report as a dict)
so the CLI, the API and the tests share one implementation per format.
"""
from service.exporters.model import Checked, Position, position

__all__ = ["Checked", "Position", "position"]
