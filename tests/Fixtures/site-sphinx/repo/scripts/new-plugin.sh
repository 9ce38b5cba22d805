#!/bin/sh
echo new-plugin
