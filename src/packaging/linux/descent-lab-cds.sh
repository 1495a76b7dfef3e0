#!/bin/sh
# Makes the installed app's class-data-sharing archive, lib/app/descent-lab.jsa, from the class list the build
# recorded (lib/app/descent-lab.classlist: the classes one start-up of the window loads). The package's postinst runs
# it once the files are in place, and prerm removes the archive. It is made where the app is installed because the
# JDK 17 runtime accepts an archive only at the class path it was made for. Without it the app starts all the same,
# only more slowly. `descent-lab-cds.sh remove` deletes it.
set -e
app=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = remove ]; then
    rm -f "$app/descent-lab.jsa"
    exit 0
fi
"$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/descent-lab.classlist" \
    -XX:SharedArchiveFile="$app/descent-lab.jsa" -cp "$app/descent-lab.jar" -Xlog:cds=off -Xlog:cds+dynamic=off \
    >/dev/null 2>&1 || echo "descent-lab: could not make the start-up archive; the app will start more slowly" >&2
