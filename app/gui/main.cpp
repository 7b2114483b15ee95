// kinescope: the desktop review desk. Its window (stream browser, fragment table, coverage
// timeline, player) is the next milestone; until then this entry point says so plainly
// instead of opening an empty window.
#include <cstdio>

int main() {
    std::fputs("kinescope: the desktop review desk is not part of this build yet.\n"
               "Use kinescope-cli (see README.md) or ./run.sh demo.\n",
               stderr);
    return 2;
}
