// Prints the names of the built-in lessons, one per line: the build writes them into the bash
// completion of backprop-cli, so the completion offers exactly the lessons the program has.
#include "core/preset.h"

#include <cstdio>

int main()
{
    for (const std::string &name : bp::presetNames())
        std::printf("%s\n", name.c_str());
    return 0;
}
