#!/bin/bash

export IMAGE=${ECR_DOCKER_IMAGE};
export TAG=${ECR_DOCKER_TAG};
docker-compose -f /home/ec2-user/docker-compose.yml up -d;
