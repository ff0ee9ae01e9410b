"""JUnit XML: one test case per article, failing when it has findings at or above the fail level."""
from __future__ import annotations

from xml.etree import ElementTree

from service.exporters.model import Checked, at_or_above, position


def to_junit(checked: list[Checked], fail_on: str = "warning") -> str:
    """JUnit XML, one test per article, failing at `fail_on` or above, for CI systems that only read test
    results."""
    suite = ElementTree.Element("testsuite", name="factcheck", tests=str(len(checked)))
    failures = 0
    for item in checked:
        case = ElementTree.SubElement(suite, "testcase", classname="factcheck", name=item.path)
        failing = at_or_above(item.report["findings"], fail_on)
        if failing:
            failures += 1
            lines = []
            for finding in failing:
                at = position(item, item.span(finding)[0])
                lines.append(f"{item.path}:{at.line}:{at.column}: {finding['severity']}: "
                             f"{finding.get('message_en') or finding['message']} [{finding['code']}]")
            failure = ElementTree.SubElement(case, "failure", type="factcheck",
                                             message=f"{len(failing)} finding(s) at or above {fail_on}")
            failure.text = "\n".join(lines)
    suite.set("failures", str(failures))
    root = ElementTree.Element("testsuites")
    root.append(suite)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True)
