#!/usr/bin/env bash
# Builds Descent Lab's self-contained app and its installer from target/descent-lab.jar. `mvn -Pinstaller package`
# calls it after the jar is built (see the installer profile in pom.xml); it can also be run by hand from the
# project folder, after `mvn package`:
#
#   src/packaging/build-installer.sh VERSION [TYPE] [ARCHIVE]
#
# VERSION is the pom's project.version. TYPE is the jpackage installer type: deb (the default on Linux), rpm, dmg,
# pkg, msi, exe, or app-image for the app folder alone. ARCHIVE is the class-data-sharing archive the app starts
# from: app (the default on Linux: the classes of the first frame, made where the app is installed; 111 MB installed)
# or jdk (the JDK's own archive of its common classes, made by jlink; 77 MB installed, the window a second slower: see
# the README's Performance section). Writes under target/installer/:
#   runtime/   the JDK trimmed by jlink to the modules in src/packaging/runtime-modules.txt
#   input/     the runnable jar and this platform's JavaFX native libraries, unpacked beside it (JavaFX loads them
#              from the jar's folder instead of copying them into ~/.openjfx/cache at the first start)
#   image/     the app (jpackage --type app-image), ready to run where it is
#   the installer, e.g. descent-lab_0.1.0~SNAPSHOT-1_amd64.deb
#
# On Linux the app starts from a class-data-sharing archive (AppCDS): the JDK's, JavaFX's and the app's classes as
# one start-up of the window loads them up to its first painted frame, already parsed and verified, mapped at start
# instead of loaded from the jars. The build records which classes those are (lib/app/descent-lab.classlist) by
# starting the app image once (on $DISPLAY, else under xvfb-run, else on Monocle's headless platform) until its first
# frame is painted (what fills in after it, and the rest of the app, load from the jar and the runtime's modules).
# The archive itself, lib/app/descent-lab.jsa, is made from that list where the app is installed (the package's
# postinst runs lib/app/descent-lab-cds.sh): JDK 17 accepts an archive only at the class path it was made for, and
# refuses one made in target/ once the app is installed under /opt ("shared class paths mismatch").
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '2,26p' "$0" >&2
    exit 2
fi
version=$1
case "$(uname -s)" in
    Linux) default_type=deb ;;
    Darwin) default_type=dmg ;;
    *) default_type=msi ;;
esac
type=${2:-$default_type}
[[ -n "$type" ]] || type=$default_type
archive=${3:-app}
[[ -n "$archive" ]] || archive=app
[[ "$archive" == app || "$archive" == jdk ]] || { echo "ARCHIVE is app or jdk, not $archive" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
jar=target/descent-lab.jar
out=target/installer
name=descent-lab
summary="See gradient descent: optimizers racing across loss surfaces, and a small network learning live"

step() {
    printf '[installer] %s\n' "$*"
}

[[ -f "$jar" ]] || { echo "no $jar: run mvn package first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/input"

# 1. The runtime's modules: those listed, checked against what jdeps finds in the whole jar.
modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/runtime-modules.txt" | grep -v '^$' | grep -v '^-' |
    paste -sd, -)
left_out=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/runtime-modules.txt" | sed -n 's/^-//p')
step "jdeps: which JDK modules the jar uses"
found=$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
for module in ${found//,/ }; do
    if ! grep -qx "$module" <<<"${modules//,/$'\n'}" && ! grep -qx "$module" <<<"$left_out"; then
        echo "jdeps says the app uses $module, which src/packaging/runtime-modules.txt neither lists nor" \
            "leaves out: add it there (or leave it out with the reason)" >&2
        exit 1
    fi
done

# 2. The app's files: the jar, and JavaFX's native libraries beside it; on Linux the script that makes the
# class-data-sharing archive where the app is installed.
linux=false
[[ "$(uname -s)" == Linux ]] && linux=true
# The app's own archive needs the package's install script, which only the Linux packages have here.
app_archive=false
$linux && [[ "$archive" == app ]] && app_archive=true
cp "$jar" "$out/input/"
natives=$("${jdk_bin}jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
if [[ -n "$natives" ]]; then
    # shellcheck disable=SC2086
    (cd "$out/input" && "${jdk_bin}jar" xf "$name.jar" $natives)
    # JavaFX looks beside the jar first, so the copies inside it would never be read (0.3 MB).
    if command -v zip >/dev/null; then
        # shellcheck disable=SC2086
        (cd "$out/input" && zip -q -d "$name.jar" $natives)
    fi
fi
$app_archive && cp "$here/linux/$name-cds.sh" "$out/input/"
# The scene files' type, which the package's postinst registers (see linux/descent-lab-scene.xml).
$linux && cp "$here/linux/$name-scene.xml" "$out/input/"

# 3. The trimmed runtime, its modules compressed (--compress=2: 22 MB instead of 49 MB; the classes the first frame
# needs come from the archive, not from the modules, so start-up hardly pays for inflating them: see the README's
# Performance section). Without the app's archive (ARCHIVE=jdk, or elsewhere than on Linux, where no package script
# makes it) the JDK's own classes get one; only its variant for heaps under 32 GB, the one the app uses.
jlink_cds=()
$app_archive || jlink_cds=(--generate-cds-archive)
step "jlink: $modules"
"${jdk_bin}jlink" --add-modules "$modules" --include-locales=en,ko --strip-debug --no-header-files \
    --no-man-pages --compress=2 ${jlink_cds[@]+"${jlink_cds[@]}"} --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
# The native libraries' symbol tables serve debuggers only (libjvm.so: 24 MB, 20 MB without them).
if $linux && command -v strip >/dev/null; then
    find "$out/runtime" "$out/input" -name '*.so' -exec strip --strip-unneeded {} +
fi

# 4. The app image. The launcher's JVM options are explained in src/packaging/launcher-options.txt.
step "jpackage: app image"
icon=$here/icons/$name.png
[[ "$type" == dmg || "$type" == pkg ]] && icon=$here/icons/$name.icns
[[ "$type" == msi || "$type" == exe ]] && icon=$here/icons/$name.ico
java_options=()
while read -r option; do
    java_options+=(--java-options "$option")
done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$here/launcher-options.txt")
archive_option="-XX:SharedArchiveFile=\$APPDIR/$name.jsa"
$app_archive && java_options+=(--java-options "$archive_option")
# The menu's launcher: the same app with its own JVM options (see window-launcher.properties).
window_launcher=$out/$name-window.properties
grep -v '^java-options=' "$here/window-launcher.properties" >"$window_launcher"
window_options=$(sed -n 's/^java-options=//p' "$here/window-launcher.properties")
$app_archive && window_options="$window_options $archive_option"
echo "java-options=$window_options" >>"$window_launcher"
"${jdk_bin}jpackage" --type app-image --dest "$out/image" --name "$name" --app-version "${version%%-*}" \
    --runtime-image "$out/runtime" --input "$out/input" --main-jar "$name.jar" --main-class org.descentlab.Main \
    --icon "$icon" --vendor "Descent Lab" --description "See gradient descent" \
    ${java_options[@]+"${java_options[@]}"} \
    --add-launcher "$name-window=$window_launcher"
image=$out/image/$(ls "$out/image")

# 5. With the app's archive (on Linux), the class list for it: the classes one start-up of the window loads up to its
# first painted frame, with the image's own runtime and jar (on $DISPLAY, else under xvfb-run, else on Monocle's
# headless platform).
if $app_archive; then
    app_dir=$image/lib/app
    prefs=$(mktemp -d)
    trap 'rm -rf "$prefs"' EXIT
    start_once=("$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$app_dir/$name.classlist"
        -Djava.util.prefs.userRoot="$prefs" -Ddescentlab.exitAfterStartup=firstFrame -cp "$app_dir/$name.jar"
        org.descentlab.Main)
    if [[ -n "${DISPLAY:-}" ]]; then
        step "class list: one start-up of the window on this display"
        "${start_once[@]}"
    elif command -v xvfb-run >/dev/null; then
        step "class list: one start-up of the window under xvfb-run"
        xvfb-run -a -s "-screen 0 1600x1000x24" "${start_once[@]}"
    else
        step "class list: one start-up of the window on Monocle's headless platform (no display, no xvfb-run)"
        "${start_once[0]}" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
            "${start_once[@]:1}"
    fi
    step "class list: $(wc -l <"$app_dir/$name.classlist") classes"
fi

# 6. The installer, from the image (on Linux its postinst makes the archive at the installed paths).
if [[ "$type" != app-image ]]; then
    step "jpackage: $type installer"
    package_version=${version%%-*}
    extra=()
    case "$type" in
        deb)
            # Debian sorts 0.1.0~SNAPSHOT before 0.1.0.
            package_version=${version/-/\~}
            extra=(--resource-dir "$here/linux" --linux-package-name "$name" --linux-menu-group Education
                --linux-app-category education)
            ;;
        rpm)
            extra=(--resource-dir "$here/linux" --linux-package-name "$name" --linux-menu-group Education)
            ;;
        dmg | pkg) extra=(--mac-package-name "Descent Lab") ;;
        msi | exe) extra=(--win-menu --win-menu-group "Descent Lab" --win-shortcut --win-dir-chooser) ;;
    esac
    "${jdk_bin}jpackage" --type "$type" --dest "$out" --name "$name" --app-version "$package_version" \
        --app-image "$image" --icon "$icon" --vendor "Descent Lab" \
        --description "$summary" \
        ${extra[@]+"${extra[@]}"}
fi

# The image itself gets its archive too, so that it can be run where it is.
$app_archive && "$image/lib/app/$name-cds.sh"
step "done: $(du -sh "$image" | cut -f1) in $image; $(cd "$out" && ls -d -- *.* 2>/dev/null | tr '\n' ' ')"
