"""`make audit`: pip-audit over the locked dependencies; fails when a known vulnerability is found.

pip-audit asks a vulnerability service (PyPI's JSON API by default, AUDIT_SERVICE=osv for OSV). When
that service cannot be reached, nothing was checked, and that is a failure too (exit 2, told apart
from a vulnerability, exit 1): a gate that passes without checking is not a gate.
"""

import json
import os
import subprocess
import sys
import tempfile

VULNERABLE, NOT_CHECKED = 1, 2


def main():
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as requirements:
        subprocess.run(
            ["uv", "export", "--frozen", "--no-hashes", "--no-emit-project", "--format", "requirements-txt"],
            stdout=requirements,
            check=True,
        )
        requirements.flush()
        result = subprocess.run(
            [
                *(sys.executable, "-m", "pip_audit", "--requirement", requirements.name, "--disable-pip", "--no-deps"),
                *("--vulnerability-service", os.environ.get("AUDIT_SERVICE", "pypi")),
                *("--format", "json", "--progress-spinner", "off"),
            ],
            capture_output=True,
            text=True,
        )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(result.stderr.strip()[-2000:])
        print("pip-audit could not run (see above): nothing was checked.")
        return NOT_CHECKED
    dependencies = report.get("dependencies", [])
    vulnerable = [dep for dep in dependencies if dep.get("vulns")]
    skipped = [dep for dep in dependencies if dep.get("skip_reason")]
    for dep in vulnerable:
        ids = ", ".join(vuln["id"] for vuln in dep["vulns"])
        fixes = ", ".join(sorted({fix for vuln in dep["vulns"] for fix in vuln.get("fix_versions", [])}))
        print(f"VULNERABLE {dep['name']} {dep['version']}: {ids} (fixed in: {fixes or 'no release yet'})")
    audited = len(dependencies) - len(skipped)
    print(f"pip-audit: {audited} of {len(dependencies)} locked packages checked, {len(vulnerable)} vulnerable.")
    if vulnerable:
        return VULNERABLE
    if skipped:
        print(f"The vulnerability service could not be reached for {len(skipped)} packages: not checked.")
        return NOT_CHECKED
    return 0


if __name__ == "__main__":
    sys.exit(main())
