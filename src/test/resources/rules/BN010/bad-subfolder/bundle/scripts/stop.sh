#!/bin/bash
set -euo pipefail
systemctl stop app
