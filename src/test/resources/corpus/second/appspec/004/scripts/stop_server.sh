#!/bin/sh
docker stop myapp
docker rm myapp
