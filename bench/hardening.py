"""The bank under attack: the figures of its hardening, measured on a fresh refbank (`refbank serve`, TLS).

    .venv/bin/python bench/hardening.py [--seconds 20] [--flood-threads 10]

  codes     one session asks for new login codes and types wrong ones as fast as it can for --seconds:
            codes sent to the phone and guesses the bank judged (a guess refused before judging, for the
            limit or the block, does not count);
  flood     --flood-threads threads send wrong logins for --seconds while the clerk reads his accounts
            every 0.1 s: the clerk's median and worst latency, and the flood's answers by status;
  bodies    four 200 MB `POST /session` bodies, streamed: the bank's resident memory before, at its
            highest and after (from /proc), and the answers.

Asserts nothing: the figures go to the report.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import requests  # noqa: E402 - after the repository is on the path

from refbank.config import BankConfig  # noqa: E402
from tests.helpers.refbank_server import RunningBank, init_bank, login, start_refbank  # noqa: E402


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _session(bank: RunningBank) -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # REQUESTS_CA_BUNDLE would replace the bank's CA
    session.verify = str(bank.ca_file)
    return session


def codes(bank: RunningBank, seconds: float) -> None:
    from tests.helpers.access import add_user, sign_in

    user = add_user(bank)
    token = sign_in(bank, user).json()["session"]
    headers = {"Authorization": f"Bearer {token}"}
    sent, judged, refused = 1, 0, collections.Counter[str]()
    session = _session(bank)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        answer = session.post(bank.api + "/session/code:new", json={}, headers=headers, timeout=20)
        if answer.status_code == 200:
            sent += 1
        else:
            refused[answer.json()["error"]["code"]] += 1
        for _ in range(3):
            guess = session.post(bank.api + "/session/code", json={"code": "000000"}, headers=headers, timeout=20)
            code = guess.json().get("error", {}).get("code", "ok")
            if code in ("code_wrong", "code_void", "user_blocked"):
                judged += 1
            refused[code] += 1
    minutes = seconds / 60
    print(f"codes: {sent / minutes:.1f} codes/min sent, {judged / minutes:.1f} guesses/min judged; "
          f"answers {dict(refused)}")


def flood(bank: RunningBank, seconds: float, threads: int) -> None:
    clerk = login(bank, "clerk")
    stop = threading.Event()
    statuses = collections.Counter[int]()

    def guess(number: int) -> None:
        session = _session(bank)
        attempt = 0
        while not stop.is_set():
            attempt += 1
            answer = session.post(bank.api + "/session", json={"login": f"flood{number}-{attempt % 50}",
                                                                 "password": "wrong"}, timeout=60)
            statuses[answer.status_code] += 1

    workers = [threading.Thread(target=guess, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    latencies = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        assert clerk.get(bank.api + "/accounts", timeout=60).status_code == 200
        latencies.append(time.perf_counter() - started)
        time.sleep(0.1)
    stop.set()
    for worker in workers:
        worker.join()
    print(f"flood: clerk latency median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms over {len(latencies)} calls; flood answers {dict(statuses)}")


def bodies(bank: RunningBank) -> None:
    before = peak = _rss_mib(bank.process.pid)
    done = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_mib(bank.process.pid))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch)
    watcher.start()
    answers = []
    for _ in range(4):
        def chunks():
            for _ in range(200 * 16):
                yield b"x" * 65536
        try:
            answer = _session(bank).post(bank.api + "/session", data=chunks(), timeout=300,
                                   headers={"Content-Type": "application/json"})
            answers.append(f"{answer.status_code} {answer.json()['error']['code']}")
        except requests.RequestException as exc:
            answers.append(type(exc).__name__)
    done.set()
    watcher.join()
    print(f"bodies: bank RSS {before:.0f} MiB before, {peak:.0f} MiB highest, {_rss_mib(bank.process.pid):.0f} MiB "
          f"after; answers {answers}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--flood-threads", type=int, default=10)
    parser.add_argument("--per-address", type=int, default=BankConfig().login_failures_per_address,
                        help="the bank's login_failures_per_address; a large one stands in for a flood from many addresses")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        data = Path(temp) / "bank"
        created = init_bank(data)
        default = BankConfig()  # the production cost of password hashes, not the tests' cheapest
        replace(BankConfig.load(data), password_hash_time_cost=default.password_hash_time_cost,
                password_hash_memory_kib=default.password_hash_memory_kib,
                password_hash_parallelism=default.password_hash_parallelism,
                login_failures_per_address=args.per_address).write(data)
        bank = start_refbank(data, execution_delay=3600)
        bank.users = {user["login"]: user["password"] for user in created["users"]}
        try:
            codes(bank, args.seconds)
            flood(bank, args.seconds, args.flood_threads)
            bodies(bank)
        finally:
            bank.stop()


if __name__ == "__main__":
    main()
