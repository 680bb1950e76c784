#!/bin/bash
REPOSITORY=/home/ubuntu/git/source

cd $REPOSITORY

yarn serve