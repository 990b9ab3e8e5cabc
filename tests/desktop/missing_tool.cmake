# Fails a desktop test whose validator is not installed, naming the package that provides it.
# cmake -DTOOL=<program> -DPACKAGE=<Debian package> -P missing_tool.cmake
message(FATAL_ERROR "${TOOL} is not installed, so this check cannot run. "
                    "Install the Debian package ${PACKAGE} (scripts/install-deps lists it).")
