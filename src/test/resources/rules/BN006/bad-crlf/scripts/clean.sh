#!/bin/bash
rm -rf /tmp/app
