#!/usr/bin/env bash
set -euo pipefail
dotnet build
