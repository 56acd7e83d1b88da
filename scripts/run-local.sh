#!/usr/bin/env bash
# Runs Notify locally: Azurite (data kept in .azurite/), then the app on http://127.0.0.1:7071
# with its own queue and timer triggers. Ctrl+C stops both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/azurite.sh"
with_azurite "$NOTIFY_ROOT/.azurite" .notify/azurite.log

echo "notify: building ..."
dotnet build functions/Notify.Functions --configuration Release --nologo --verbosity quiet
cat <<INFO
notify: starting Notify on http://127.0.0.1:7071
  health:          curl http://127.0.0.1:7071/api/health
  submit a policy: curl -X POST --data-binary @notice.txt -H 'Content-Type: text/plain' 'http://127.0.0.1:7071/api/policies?issuer=...'
  storage:         Azurite on 127.0.0.1:10000-10002, data in .azurite/, log in .notify/azurite.log
INFO
dotnet functions/Notify.Functions/bin/Release/net10.0/Notify.Functions.dll serve "$@"
