#!/usr/bin/env bash
# The WordPress step of CI (.ci/run calls it after the build), as root on Debian 12: installs what
# the suite needs when it is missing (Debian's wordpress 6.1, PHP, MariaDB, Chromium), without
# starting any service, then runs test/wordpress/run.mjs. Idempotent; quiet unless it fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

needed=()
for package in wordpress php-cli php-mysql mariadb-server chromium; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    needed+=("$package")
  fi
done
if ((${#needed[@]} > 0)); then
  echo "installing: ${needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The wordpress package pulls in apache2, and mariadb-server would start at once: neither is
  # wanted (the suite serves WordPress with php -S, and starts and stops MariaDB itself).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

if [ ! -f dist/vif-help-wordpress.zip ]; then
  npm run build >/dev/null
fi
node test/wordpress/run.mjs
