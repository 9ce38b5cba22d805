#!/usr/bin/env bash
echo publish
