"""The deploy workflow is valid YAML, uses the official Pages actions and builds as the README says."""

from __future__ import annotations

import re

import yaml

from paths import ROOT


def test_workflow_builds_strict_and_deploys_with_pages_actions() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert {"actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact"} <= set(uses)
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    build = next(step["run"] for step in steps if "run" in step)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^mkdocs build --strict$", build.split("&&")[-1].strip(), re.M)
    assert build in readme  # the README shows the very same build command
    assert "SITE_URL" in next(step for step in steps if "run" in step)["env"]


def test_site_url_comes_from_one_place() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_url: !ENV \[SITE_URL, ", config, re.M)
