#!/bin/bash

sudo yum update -y

sudo yum install -y java-17-amazon-corretto-headless