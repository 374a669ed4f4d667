#!/usr/bin/env bash
# Installs the Debian packages the tests use (real Chromium, LibreOffice to open our .docx
# files, poppler for pdftotext, the Carlito font (Calibri's metrics), Redis and PostgreSQL for the scale-out test) when missing.
# As root it installs them with apt-get; otherwise it names the command to run.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# Carlito: metric-compatible with Calibri, the font of our .docx files, so LibreOffice lays them out as Word does.
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Samenspel's tests need these Debian packages: ${need[*]}" >&2
  echo "Install them once with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
