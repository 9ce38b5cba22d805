#!/bin/sh
echo bootstrap
