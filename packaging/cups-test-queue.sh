#!/bin/sh
# A real print queue for the printing test: CUPS with a CUPS-PDF printer named SifaPDF, which
# writes what it prints as a PDF into the printing user's ~/PDF. Starts the CUPS scheduler if it
# is not running (a fresh container has no init system) and adds the queue if it is missing.
# Needs root or sudo; does nothing when the queue is there already.
set -eu
queue=SifaPDF
if lpstat -p "$queue" >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "cups-test-queue: the queue $queue is missing and I am not root (and there is no sudo)" >&2
        exit 1
    fi
fi
# `lpstat -r` exits 0 whether or not the scheduler runs: read what it says.
running() { lpstat -r 2>/dev/null | grep -q "is running"; }
if ! running; then
    $SUDO cupsd
    i=0
    while ! running && [ $i -lt 100 ]; do
        sleep 0.2
        i=$((i + 1))
    done
    if ! running; then
        echo "cups-test-queue: the CUPS scheduler did not start" >&2
        exit 1
    fi
fi
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
$SUDO lpadmin -p "$queue" -E -v cups-pdf:/ -P "$ppd"
lpstat -p "$queue"
