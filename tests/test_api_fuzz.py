"""A fuzz test of the bank's whole API from its OpenAPI description (schemathesis over hypothesis): every
operation called with generated paths, queries and bodies, valid and not, by a logged-in clerk over HTTPS
against `refbank serve`; the bank must answer each without a 500. Bounded (FUZZ_EXAMPLES an operation,
derandomised: the same requests on every run) to stay well under a minute; the count is reported."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings

from refbank.api.dependencies import PREFIX
from refbank.app import ROUTERS

FUZZ_EXAMPLES = 20
# Calls that would end the clerk's access for the rest of the run (logout, self-block, a wrong password
# counting toward the block): fuzzed by their own tests, left out here so every other call is fuzzed
# as a signed-in clerk.
LEFT_OUT = ("DELETE /api/v1/session", "POST /api/v1/access/block", "POST /api/v1/session/unlock",
            "POST /api/v1/password")


def openapi_description() -> dict[str, Any]:
    """The API's description as FastAPI derives it from the routes (the bank does not serve it)."""
    app = FastAPI(title="refbank", version="1")
    for router in ROUTERS:
        app.include_router(router, prefix=PREFIX)
    return app.openapi()


schema = schemathesis.openapi.from_dict(openapi_description())
fuzzed: list[tuple[str, int]] = []


@pytest.fixture(scope="module", autouse=True)
def report_count(request: pytest.FixtureRequest):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    failures = sum(1 for _, status in fuzzed if status >= 500)
    line = f"API fuzz: {failures} 500s in {len(fuzzed)} fuzzed requests"
    if reporter is not None:
        reporter.write_line(line)
    print(line)


@schema.parametrize()
@settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_call_is_answered_with_a_500(case, bank, clerk):
    if f"{case.operation.method.upper()} {case.operation.path}" in LEFT_OUT:
        pytest.skip("ends the clerk's access; fuzzed apart")
    case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    response = case.call(base_url=bank.url, headers={"Authorization": clerk.headers["Authorization"]},
                         verify=str(bank.ca_file), timeout=30)
    fuzzed.append((case.operation.path, response.status_code))
    assert response.status_code < 500, (case.as_curl_command(), response.text)
