#!/bin/bash
set -euo pipefail
curl -fsS localhost:8080
