#!/usr/bin/env bash
# Completes command lines with the generated bash completion of backprop-cli, as bash does on Tab.
#   check_completion.sh COMPLETION_FILE BACKPROP_CLI
set -euo pipefail
completion=$1
cli=$2
source /usr/share/bash-completion/bash_completion
source "$completion"
# Runs the completion for the words given (the last one is being completed).
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _backprop_cli "$cli" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() {
  local want=$1
  shift
  local got
  got=$(complete_line "$@")
  if [[ "$got" != "$want" ]]; then
    echo "completing '$*': expected '$want', got '$got'" >&2
    exit 1
  fi
}
expect "trace train " backprop-cli t
expect "gradcheck " backprop-cli g
expect "export-script " backprop-cli e
expect "numpy " backprop-cli export-script --framework n
expect "sample " backprop-cli trace --vary s
expect "--variants --vary " backprop-cli trace --va
expect "encoder-16-4-16 encoder-4-2-4 encoder-8-3-8 " backprop-cli train --preset enc
expect "digits " backprop-cli train --preset di
expect "adam " backprop-cli train --optimizer a
expect "--save-experiment --save-model --seed --shuffle --stop-at-accuracy --stop-at-codes " backprop-cli train --s
echo "completion ok"
