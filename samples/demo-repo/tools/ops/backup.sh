#!/usr/bin/env bash
echo backup
