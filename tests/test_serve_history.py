"""Run history: each `timeline run` is a Prefect flow run with a table artifact of its new events."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

from tests.conftest import DATA, run_timeline, timeline_json

OPS = DATA / "ops"


def _json(*args: str) -> list[dict]:
    return timeline_json(*args)


def _artifacts(api_url: str, flow_run_id: str) -> list:
    """The artifacts the flow run published, read back from the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        flow_run = client.read_flow_run(UUID(flow_run_id))
        assert flow_run.state is not None and flow_run.state.is_completed()
        return client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(flow_run_id)])))


def test_each_run_has_its_flow_run_and_an_artifact_of_its_events(
    tmp_path: Path, prefect_api: str
) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    first = run_timeline("run", str(OPS / "wire.jsonl"), "--db", db, api_url=prefect_api)
    assert first.returncode == 0, first.stderr
    again = run_timeline("run", str(OPS / "wire.jsonl"), "--db", db, api_url=prefect_api)
    assert again.returncode == 0, again.stderr

    second_run, first_run = _json("runs", "--db", db)
    assert (first_run["state"], first_run["trigger"]) == ("completed", "manual")
    assert first_run["events_added"] > 0 and second_run["events_added"] == 0
    assert first_run["flow_run_id"] != second_run["flow_run_id"]

    [artifact] = _artifacts(prefect_api, first_run["flow_run_id"])
    assert artifact.key == f"timeline-run-{first_run['run_id']}"
    assert artifact.type == "table"
    rows = json.loads(artifact.data) if isinstance(artifact.data, str) else artifact.data
    stored = {e["title"] for e in _json("query", "--db", db)}
    assert {r["title"] for r in rows} == stored
    assert len(rows) == first_run["events_added"]

    [empty] = _artifacts(prefect_api, second_run["flow_run_id"])
    rows = json.loads(empty.data) if isinstance(empty.data, str) else empty.data
    assert [r["title"] for r in rows] == ["(no new events)"]
