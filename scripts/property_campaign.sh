#!/usr/bin/env bash
# A long property-test campaign: the hypothesis tests (tests/python/test_properties.py
# against the plain-Python reference, and test_invariants.py over every option
# combination and output path) with the "long" profile of tests/python/conftest.py:
# random (not derandomized), GAZET_EXAMPLES examples per property (default 20000),
# failures saved in target/hypothesis and replayed first on the next run.
#
#   scripts/property_campaign.sh                  # with the python on PATH (gazet installed)
#   PYTHON=.venv-prop/bin/python GAZET_EXAMPLES=100000 scripts/property_campaign.sh -x
#
# Extra arguments go to pytest. CI runs the same tests with the bounded "ci" profile.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=${PYTHON:-python3}
case "$python" in /*) ;; */*) python="$root/$python" ;; esac
export GAZET_HYPOTHESIS=long
export GAZET_EXAMPLES=${GAZET_EXAMPLES:-20000}
start=$(date +%s)
cd tests
status=0
"$python" -m pytest -q -p no:cacheprovider --timeout=0 --hypothesis-show-statistics \
    python/test_properties.py python/test_invariants.py "$@" || status=$?
echo "property campaign: GAZET_EXAMPLES=$GAZET_EXAMPLES, $(( $(date +%s) - start )) s, exit $status"
exit $status
