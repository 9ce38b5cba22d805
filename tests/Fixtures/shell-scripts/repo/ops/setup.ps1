# PowerShell setup
. "$PSScriptRoot/helpers.ps1"
& ./ops/deploy.sh
